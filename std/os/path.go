package os

import (
	"syscall"
	"time"
)

// Mkdir creates the directory name with perm (before umask).
func Mkdir(name string, perm FileMode) error {
	e := ignoringEINTR(func() error { return syscall.Mkdir(name, syscallMode(perm)) })
	if e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// MkdirAll creates the directory path and any missing parents. It does
// nothing if path is already a directory.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' { // trailing separators
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' { // last element
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	e := ignoringEINTR(func() error { return syscall.Unlink(name) })
	if e == nil {
		return nil
	}
	e1 := ignoringEINTR(func() error { return syscall.Rmdir(name) })
	if e1 == nil {
		return nil
	}
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// RemoveAll removes path and everything it contains. A missing path is
// not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	var firstErr error
	for {
		f, err := Open(path)
		if err != nil {
			if IsNotExist(err) {
				return nil
			}
			return err
		}
		names, rerr := f.Readdirnames(1024)
		f.Close()
		for _, name := range names {
			if err := RemoveAll(path + "/" + name); err != nil && firstErr == nil {
				firstErr = err
			}
		}
		if rerr != nil || len(names) < 1024 {
			break
		}
		if firstErr != nil {
			break
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if firstErr != nil {
		return firstErr
	}
	return err
}

// endsWithDot reports whether the last element of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	return len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/'
}

// Rename renames (moves) oldpath to newpath, replacing a file newpath.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	err = ignoringEINTR(func() error { return syscall.Rename(oldpath, newpath) })
	if err != nil {
		return &LinkError{"rename", oldpath, newpath, err}
	}
	return nil
}

// Link creates newname as a hard link to oldname.
func Link(oldname, newname string) error {
	e := ignoringEINTR(func() error { return syscall.Link(oldname, newname) })
	if e != nil {
		return &LinkError{"link", oldname, newname, e}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	e := ignoringEINTR(func() error { return syscall.Symlink(oldname, newname) })
	if e != nil {
		return &LinkError{"symlink", oldname, newname, e}
	}
	return nil
}

// Readlink returns the target of the symbolic link name.
func Readlink(name string) (string, error) {
	for n := 128; ; n *= 2 {
		b := make([]byte, n)
		m, e := syscall.Readlink(name, b)
		if e == syscall.EINTR {
			n /= 2
			continue
		}
		if e != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: e}
		}
		if m < n {
			return string(b[:m]), nil
		}
	}
}

// Chdir changes the working directory.
func Chdir(dir string) error {
	if e := syscall.Chdir(dir); e != nil {
		return &PathError{Op: "chdir", Path: dir, Err: e}
	}
	return nil
}

// Getwd returns an absolute name of the working directory ($PWD if that
// names it).
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		d, err := Stat(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	dir, e := syscall.Getwd()
	if e != nil {
		return "", NewSyscallError("getwd", e)
	}
	return dir, nil
}

// Chmod changes the mode of name.
func Chmod(name string, mode FileMode) error {
	e := ignoringEINTR(func() error { return syscall.Chmod(name, syscallMode(mode)) })
	if e != nil {
		return &PathError{Op: "chmod", Path: name, Err: e}
	}
	return nil
}

// Chown changes the owner and group of name.
func Chown(name string, uid, gid int) error {
	e := ignoringEINTR(func() error { return syscall.Chown(name, uid, gid) })
	if e != nil {
		return &PathError{Op: "chown", Path: name, Err: e}
	}
	return nil
}

// Lchown changes the owner and group of name itself.
func Lchown(name string, uid, gid int) error {
	e := ignoringEINTR(func() error { return syscall.Lchown(name, uid, gid) })
	if e != nil {
		return &PathError{Op: "lchown", Path: name, Err: e}
	}
	return nil
}

// Truncate changes the size of name.
func Truncate(name string, size int64) error {
	e := ignoringEINTR(func() error { return syscall.Truncate(name, size) })
	if e != nil {
		return &PathError{Op: "truncate", Path: name, Err: e}
	}
	return nil
}

// Chtimes changes the access and modification times of name; a zero
// time leaves that time unchanged.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	ts := make([]syscall.Timespec, 2)
	for i, t := range []time.Time{atime, mtime} {
		if t.IsZero() {
			ts[i] = syscall.Timespec{Sec: 0, Nsec: (1 << 30) - 2} // UTIME_OMIT
		} else {
			ts[i] = syscall.NsecToTimespec(t.UnixNano())
		}
	}
	if e := syscall.UtimesNano(name, ts); e != nil {
		return &PathError{Op: "chtimes", Path: name, Err: e}
	}
	return nil
}
