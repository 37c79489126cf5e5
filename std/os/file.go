// Package os is gocl's implementation of the operating system interface:
// the standard files, the program's arguments and environment, and exit.
// The system calls themselves are bodyless functions the runtime provides
// (std/README.md, "Bodyless functions").
package os

import (
	"errors"
	"io"
)

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// ErrClosed is returned by operations on a closed file.
var ErrClosed = errors.New("file already closed")

// NewFile returns a File for the descriptor fd.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the file's name.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// PathError records an error and the operation and file that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// Write writes all of b, retrying after short writes.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.fd < 0 {
		return 0, ErrClosed
	}
	for n < len(b) {
		m := write(f.fd, b[n:])
		if m == -4 { // EINTR
			continue
		}
		if m < 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: errors.New("write error")}
		}
		n += m
	}
	return n, nil
}

// WriteString writes the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.fd < 0 {
		return 0, ErrClosed
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		m := read(f.fd, b)
		if m == -4 { // EINTR
			continue
		}
		if m < 0 {
			return 0, &PathError{Op: "read", Path: f.name, Err: errors.New("read error")}
		}
		if m == 0 {
			return 0, io.EOF
		}
		return m, nil
	}
}

// Close marks the file closed (the standard files stay open in the
// process).
func (f *File) Close() error {
	if f == nil || f.fd < 0 {
		return ErrClosed
	}
	f.fd = -1
	return nil
}

// Exit ends the program with status code at once; deferred calls do not run.
func Exit(code int) {
	exit(code)
}

// Environ returns the environment as KEY=value strings.
func Environ() []string {
	env := runtime_environ()
	out := make([]string, len(env))
	copy(out, env)
	return out
}

// LookupEnv returns the value of the environment variable key and whether
// it is set.
func LookupEnv(key string) (string, bool) {
	for _, kv := range runtime_environ() {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Getenv returns the value of the environment variable key ("" if unset).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}
