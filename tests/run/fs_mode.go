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
	modes := []fs.FileMode{0, 0644, 0755 | fs.ModeDir, 0777 | fs.ModeSymlink, fs.ModeNamedPipe | 0600,
		fs.ModeSocket, fs.ModeDevice | fs.ModeCharDevice | 0620, fs.ModeSetuid | 0755, fs.ModeSetgid | fs.ModeSticky | 01777,
		fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | 0400, fs.ModeIrregular, ^fs.FileMode(0), fs.ModeType, fs.ModePerm}
	for _, m := range modes {
		fmt.Printf("%v %d %v %v %v %v %o\n", m, uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), m.Type(), uint32(m.Perm()))
	}
	fmt.Println(fs.ErrInvalid, fs.ErrPermission, fs.ErrExist, fs.ErrNotExist, fs.ErrClosed)
	fmt.Println(os.ErrInvalid == fs.ErrInvalid, os.ErrNotExist == fs.ErrNotExist, os.ErrClosed == fs.ErrClosed)
	fmt.Println(fs.SkipDir, fs.SkipAll)
	pe := &fs.PathError{Op: "op", Path: "p", Err: syscall.EACCES}
	var ope *os.PathError = pe
	fmt.Println(ope, os.IsPermission(pe), errors.Is(pe, fs.ErrPermission), pe.Timeout())
	pe2 := &os.PathError{Op: "read", Path: "x", Err: syscall.EAGAIN}
	fmt.Println(pe2, pe2.Timeout(), os.IsTimeout(pe2))
	le := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV}
	fmt.Println(le, le.Unwrap() == syscall.EXDEV)
	se := os.NewSyscallError("pipe2", syscall.EMFILE)
	fmt.Println(se, os.NewSyscallError("x", nil) == nil, os.IsExist(se))
	wrapped := fmt.Errorf("wrap: %w", &os.PathError{Op: "open", Path: "f", Err: syscall.ENOENT})
	fmt.Println(wrapped, os.IsNotExist(wrapped), errors.Is(wrapped, fs.ErrNotExist))
	fmt.Println(os.IsNotExist(fs.ErrNotExist), os.IsExist(syscall.ENOTEMPTY), os.IsNotExist(nil))
	fmt.Println(os.ErrNoDeadline, os.ErrDeadlineExceeded, os.IsTimeout(os.ErrDeadlineExceeded), os.ErrProcessDone)
	fmt.Println(os.PathSeparator, os.PathListSeparator, os.DevNull, os.ModeDir == fs.ModeDir)

	// Environment.
	os.Setenv("FSMODE_VAR_A", "alpha")
	os.Setenv("FSMODE_VAR_B", "")
	v, ok := os.LookupEnv("FSMODE_VAR_A")
	fmt.Println(v, ok)
	v, ok = os.LookupEnv("FSMODE_VAR_B")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("FSMODE_VAR_C")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Setenv("FSMODE_VAR_A", "beta")
	fmt.Println(os.Getenv("FSMODE_VAR_A"))
	n := 0
	for _, kv := range os.Environ() {
		if len(kv) > 11 && kv[:11] == "FSMODE_VAR_" {
			fmt.Println(kv)
			n++
		}
	}
	fmt.Println(n)
	os.Unsetenv("FSMODE_VAR_A")
	fmt.Printf("%q\n", os.Getenv("FSMODE_VAR_A"))
	os.Setenv("NAME", "gopher")
	os.Setenv("EMPTY", "")
	for _, s := range []string{"hello $NAME", "${NAME}s", "$NAME$NAME", "$", "$$", "${", "${}", "x${NAME", "$1 $* $#", "a$-b", "${NAME}${EMPTY}!", "$NAME_X", "no vars", "${#}"} {
		fmt.Printf("%q\n", os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a ${b} $c", func(s string) string { return "<" + s + ">" }))
	fmt.Println(len(os.Args) >= 1)
}
