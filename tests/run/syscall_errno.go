// run

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	for i := 0; i <= 140; i++ {
		e := syscall.Errno(i)
		if i == 133 {
			continue // differs between amd64 and arm64
		}
		fmt.Printf("%d %q %v %v\n", i, e.Error(), e.Timeout(), e.Temporary())
	}
	for _, e := range []syscall.Errno{syscall.ENOENT, syscall.EEXIST, syscall.ENOTEMPTY, syscall.EACCES, syscall.EPERM, syscall.ENOSYS, syscall.ENOTSUP, syscall.EINVAL} {
		fmt.Println(e, errors.Is(e, fs.ErrNotExist), errors.Is(e, fs.ErrExist), errors.Is(e, fs.ErrPermission),
			errors.Is(e, errors.ErrUnsupported), os.IsNotExist(e), os.IsExist(e), os.IsPermission(e))
	}
	fmt.Println(syscall.EWOULDBLOCK == syscall.EAGAIN, syscall.EDEADLOCK == syscall.EDEADLK, int(syscall.ENOTSUP))
	for i := 0; i <= 40; i++ {
		fmt.Printf("%d %v\n", i, syscall.Signal(i))
	}
	var s os.Signal = syscall.SIGTERM
	fmt.Println(s, os.Interrupt, os.Kill)
	fmt.Println(syscall.O_RDONLY, syscall.O_WRONLY, syscall.O_RDWR, syscall.O_CREAT, syscall.O_TRUNC, syscall.O_APPEND, syscall.O_EXCL, syscall.O_CLOEXEC, syscall.O_NONBLOCK, syscall.O_SYNC)
	fmt.Println(syscall.S_IFMT, syscall.S_IFREG, syscall.S_IFDIR, syscall.S_IFLNK, syscall.S_IFIFO, syscall.S_IFSOCK, syscall.S_IFCHR, syscall.S_IFBLK, syscall.S_ISUID, syscall.S_ISGID, syscall.S_ISVTX)
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_SYNC, os.O_TRUNC)

	// Raw calls.
	fd, err := syscall.Open("/nonexistent/file", syscall.O_RDONLY, 0)
	fmt.Println(fd, err, err == syscall.ENOENT)
	fmt.Println(syscall.Close(-1))
	_, err = syscall.Read(-1, make([]byte, 4))
	fmt.Println(err)
	_, err = syscall.Open("a\x00b", syscall.O_RDONLY, 0)
	fmt.Println(err)

	p := make([]int, 2)
	if err := syscall.Pipe2(p, syscall.O_CLOEXEC); err != nil {
		panic(err)
	}
	n, err := syscall.Write(p[1], []byte("through the pipe"))
	fmt.Println(n, err)
	buf := make([]byte, 64)
	n, err = syscall.Read(p[0], buf)
	fmt.Println(n, err, string(buf[:n]))
	var st syscall.Stat_t
	fmt.Println(syscall.Fstat(p[0], &st), st.Mode&syscall.S_IFMT == syscall.S_IFIFO)
	_, err = syscall.Seek(p[0], 0, 0)
	fmt.Println(err)
	fmt.Println(syscall.Close(p[0]), syscall.Close(p[1]), syscall.Close(p[1]))

	dir, err := os.MkdirTemp("", "sc")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := dir + "/f"
	fd, err = syscall.Open(name, syscall.O_RDWR|syscall.O_CREAT|syscall.O_EXCL, 0640)
	fmt.Println(fd > 2, err)
	_, err = syscall.Open(name, syscall.O_RDWR|syscall.O_CREAT|syscall.O_EXCL, 0640)
	fmt.Println(err)
	n, err = syscall.Pwrite(fd, []byte("0123456789"), 5)
	fmt.Println(n, err)
	n, err = syscall.Pread(fd, buf[:8], 3)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	off, err := syscall.Seek(fd, -3, 2)
	fmt.Println(off, err)
	n, _ = syscall.Read(fd, buf)
	fmt.Printf("%q\n", buf[:n])
	fmt.Println(syscall.Ftruncate(fd, 4), syscall.Fsync(fd))
	fmt.Println(syscall.Fstat(fd, &st), st.Size, st.Mode&0777, st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Nlink)
	var st2 syscall.Stat_t
	fmt.Println(syscall.Stat(name, &st2), st2.Ino == st.Ino, st2.Size)
	fmt.Println(syscall.Close(fd))
	fmt.Println(syscall.Mkdir(dir+"/d", 0755), syscall.Mkdir(dir+"/d", 0755))
	fmt.Println(syscall.Rmdir(dir+"/f"), syscall.Unlink(dir+"/d"))
	fmt.Println(syscall.Rename(name, dir+"/d/g"), syscall.Rmdir(dir+"/d"))
	fmt.Println(syscall.Symlink("d/g", dir+"/l"), syscall.Lstat(dir+"/l", &st), st.Mode&syscall.S_IFMT == syscall.S_IFLNK)
	n, err = syscall.Readlink(dir+"/l", buf)
	fmt.Println(string(buf[:n]), err)
	fmt.Println(syscall.Stat(dir+"/l", &st), st.Size)
	fmt.Println(syscall.Unlink(dir+"/l"), syscall.Unlink(dir+"/d/g"), syscall.Rmdir(dir+"/d"), syscall.Rmdir(dir+"/d"))

	// Directory entries.
	for _, n := range []string{"b", "a", "c"} {
		fd, _ := syscall.Open(dir+"/"+n, syscall.O_WRONLY|syscall.O_CREAT, 0600)
		syscall.Close(fd)
	}
	fd, err = syscall.Open(dir, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	fmt.Println(err)
	dbuf := make([]byte, 4096)
	n, err = syscall.Getdents(fd, dbuf)
	fmt.Println(n > 0, err)
	_, count, names := syscall.ParseDirent(dbuf[:n], -1, nil)
	fmt.Println(count, len(names))
	syscall.Close(fd)

	wd, err := syscall.Getwd()
	fmt.Println(len(wd) > 0 && wd[0] == '/', err)
	fmt.Println(syscall.Chdir(dir+"/nope"), syscall.Getpid() == os.Getpid(), syscall.Getuid() == os.Getuid())
	fmt.Println(syscall.Kill(syscall.Getpid(), 0))
	ts := syscall.NsecToTimespec(-1500000000)
	fmt.Println(ts.Sec, ts.Nsec, ts.Nano())
}
