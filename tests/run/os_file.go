// run

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

var dir string

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "$TMP")
}

func check(err error) {
	if err != nil {
		panic(clean(err))
	}
}

func main() {
	syscall.Umask(0o022)
	var err error
	dir, err = os.MkdirTemp("", "osfile-*-x")
	check(err)
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasSuffix(dir, "-x"), strings.HasPrefix(dir, os.TempDir()))

	_, err = os.Open("/nonexistent")
	fmt.Println(err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err == syscall.ENOENT, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe2 *fs.PathError = pe
	fmt.Printf("%T %v\n", pe2, pe2.Unwrap())

	name := dir + "/hello.txt"
	f, err := os.Create(name)
	check(err)
	fmt.Println(clean(errors.New(f.Name())))
	n, err := f.Write([]byte("hello, "))
	fmt.Println(n, err)
	n, err = f.WriteString("world\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "line %d\n", 2)
	off, err := f.Seek(0, io.SeekCurrent)
	fmt.Println(off, err)
	off, err = f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 7)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 17)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 100)
	fmt.Printf("%d %v\n", n, err)
	n, err = f.WriteAt([]byte("HELLO"), 0)
	fmt.Println(n, err)
	fi, err := f.Stat()
	check(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular())
	st := fi.Sys().(*syscall.Stat_t)
	fmt.Println(st.Size, st.Nlink)
	check(f.Sync())
	check(f.Truncate(12))
	fmt.Println(f.Close())
	fmt.Println(clean(f.Close()))
	_, err = f.Write([]byte("x"))
	fmt.Println(clean(err))
	_, err = f.Read(buf)
	fmt.Println(clean(err), errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))
	fmt.Println(f.Fd() == ^uintptr(0))

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	check(os.WriteFile(name, []byte("replaced\n"), 0644))
	data, err = os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile(dir + "/missing")
	fmt.Println(clean(err))
	_, err = os.ReadFile(dir)
	fmt.Println(clean(err))

	// Append mode.
	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	f.WriteString("appended\n")
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	_, err = f.Read(buf)
	fmt.Println(clean(err))
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)

	// Exclusive creation.
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println(clean(err), os.IsExist(err), errors.Is(err, fs.ErrExist))
	_, err = os.OpenFile(dir, os.O_WRONLY, 0)
	fmt.Println(clean(err))

	// Big file through ReadFile and io.Copy.
	big := strings.Repeat("0123456789abcdef", 10000)
	check(os.WriteFile(dir+"/big", []byte(big), 0600))
	data, err = os.ReadFile(dir + "/big")
	fmt.Println(len(data), err, string(data) == big)
	src, _ := os.Open(dir + "/big")
	dst, _ := os.Create(dir + "/big2")
	w, err := io.Copy(dst, src)
	fmt.Println(w, err)
	src.Close()
	dst.Close()
	fi, _ = os.Stat(dir + "/big2")
	fmt.Println(fi.Size(), fi.Mode().Perm())

	// Permissions and Chmod.
	check(os.Chmod(dir+"/big2", 0604))
	fi, _ = os.Stat(dir + "/big2")
	fmt.Println(fi.Mode())
	fmt.Println(clean(os.Chmod(dir+"/nope", 0644)))

	// Pipes.
	r, wp, err := os.Pipe()
	check(err)
	fmt.Println(r.Name(), wp.Name())
	wp.WriteString("piped data")
	wp.Close()
	data, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	r.Close()

	// Nil file.
	var nf *os.File
	_, err = nf.Write(nil)
	fmt.Println(err, err == os.ErrInvalid, nf.Close())

	// Stdout and Stderr are files.
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), os.Stdout.Fd())
	os.Stdout.WriteString("direct write\n")

	// Symlinks, Readlink, Lstat.
	check(os.Symlink("hello.txt", dir+"/link"))
	target, err := os.Readlink(dir + "/link")
	fmt.Println(target, err)
	li, _ := os.Lstat(dir + "/link")
	si, _ := os.Stat(dir + "/link")
	fmt.Println(li.Mode()&fs.ModeType == fs.ModeSymlink, li.Mode().Type(), si.Mode(), li.Name(), si.Name())
	fi, _ = os.Stat(name)
	fmt.Println(os.SameFile(fi, si), os.SameFile(fi, li))
	fmt.Println(clean(os.Symlink("x", dir+"/link")))
	fmt.Println(clean(os.Link(dir+"/nope", dir+"/l2")))
	check(os.Link(name, dir+"/hard"))
	fi, _ = os.Stat(dir + "/hard")
	fmt.Println(fi.Sys().(*syscall.Stat_t).Nlink)

	// Truncate, Remove.
	check(os.Truncate(dir+"/hard", 3))
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)
	fmt.Println(os.Remove(dir+"/hard"), clean(os.Remove(dir+"/hard")))
	fmt.Println(clean(os.Truncate(dir+"/hard", 0)))

	// Seek errors and whence.
	f, _ = os.Open(name)
	_, err = f.Seek(-1, io.SeekStart)
	fmt.Println(clean(err))
	off, err = f.Seek(-1, io.SeekEnd)
	fmt.Println(off, err)
	f.Close()
	fmt.Println(os.Getpid() == syscall.Getpid(), os.Getppid() > 0, os.Getuid() == syscall.Getuid(), os.Getpagesize())
	h, err := os.Hostname()
	fmt.Println(h != "" && !strings.Contains(h, "\n"), err)
	exe, err := os.Executable()
	fmt.Println(strings.HasPrefix(exe, "/"), err)
}
