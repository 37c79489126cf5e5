// Package os is gocl's implementation of the operating system interface,
// written for gocl from Go's documentation and go1.27's observed
// behaviour: files, directories, the program's arguments and
// environment, and exit. It is built on package syscall.
package os

import (
	"errors"
	"internal/poll"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// File is an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dirinfo    *dirInfo
	// pfd is set when the descriptor is on the runtime's poller (pipes,
	// FIFOs, terminals, sockets: what epoll accepts): reads and writes
	// that would block park the goroutine instead of a thread, deadlines
	// work, and Close wakes them. Regular files and directories, which
	// epoll refuses, block in the kernel with their P handed off.
	pfd *poll.FD
	// blocking: Fd put a pollable descriptor back in blocking mode.
	blocking bool
}

// How a File's descriptor came to be, which decides whether newFile
// tries the poller (as go's os does).
const (
	kindOpenFile = iota // OpenFile: pollable if epoll accepts it
	kindPipe            // Pipe: pollable
	kindNewFile         // NewFile of a blocking descriptor: left as it is
	kindNonBlock        // NewFile of a non-blocking descriptor: pollable
)

// newFile wraps fd, registering it with the poller (and making it
// non-blocking) when kind allows and epoll accepts it.
func newFile(fd int, name string, kind int, appendMode bool) *File {
	f := &File{fd: fd, name: name, appendMode: appendMode}
	if kind == kindNewFile {
		return f
	}
	pfd := &poll.FD{Sysfd: fd, IsStream: true, ZeroReadIsEOF: true}
	if pfd.Init("file", true) != nil {
		// Regular files and directories (EPERM): plain blocking calls.
		return f
	}
	if kind != kindNonBlock {
		// A descriptor that stays blocking still works on the poller:
		// its reads simply never see EAGAIN.
		f.blocking = syscall.SetNonblock(fd, true) != nil
	}
	f.pfd = pfd
	return f
}

// Flags to OpenFile (one of the first three, or-ed with any of the others).
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// Seek whence values (deprecated: use io.SeekStart ...).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the name of the null device.
const DevNull = "/dev/null"

// Standard input, output and error.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// NewFile returns a File for the descriptor fd, nil if fd is not valid.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	kind := kindNewFile
	if fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_GETFL, 0); e == 0 && fl&syscall.O_NONBLOCK != 0 {
		kind = kindNonBlock
	}
	return newFile(int(fd), name, kind, false)
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor, ^uintptr(0) once it is closed. As
// with go, a descriptor on the poller is put back in blocking mode, since
// the caller may use it in ways the poller does not see: the File's reads
// and writes then block in the kernel and deadlines no longer interrupt
// them.
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	if f.pfd != nil && !f.blocking {
		if syscall.SetNonblock(f.fd, false) == nil {
			f.blocking = true
		}
	}
	return uintptr(f.fd)
}

// errWriteAtInAppendMode is returned by WriteAt on a file opened with
// O_APPEND.
var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// errFileClosing is the error of directory reads on a closed file.
var errFileClosing = errors.New("use of closed file")

// checkValid returns the error of operation op on a nil or closed file.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// wrapErr wraps a system call error as a *PathError (io.EOF and nil stay).
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	if err == poll.ErrFileClosing {
		// Closed while the call waited: the error of a closed file.
		err = ErrClosed
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.pfd != nil {
		n, err = f.pfd.Read(b)
		return n, f.wrapErr("read", err)
	}
	for {
		m, e := syscall.Read(f.fd, b)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return 0, f.wrapErr("read", e)
		}
		if m == 0 {
			return 0, io.EOF
		}
		return m, nil
	}
}

// ReadAt reads len(b) bytes at offset off; fewer only with an error
// (io.EOF at end of file). The file offset does not change.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := syscall.Pread(f.fd, b, off)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes all of b (a short write comes with an error).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.pfd != nil {
		n, err = f.pfd.Write(b)
		if err == syscall.EPIPE && (f.fd == 1 || f.fd == 2) {
			sigpipe()
		}
		return n, f.wrapErr("write", err)
	}
	for {
		m, e := syscall.Write(f.fd, b)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			if e == syscall.EPIPE && (f.fd == 1 || f.fd == 2) {
				sigpipe()
			}
			return n, f.wrapErr("write", e)
		}
		n += m
		b = b[m:]
		if len(b) == 0 {
			return n, nil
		}
		if m == 0 {
			return n, f.wrapErr("write", io.ErrUnexpectedEOF)
		}
	}
}

// WriteString writes the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// WriteAt writes b at offset off; the file offset does not change.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := syscall.Pwrite(f.fd, b, off)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Seek sets the offset for the next Read or Write.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	f.dirinfo = nil
	r, e := syscall.Seek(f.fd, offset, whence)
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
}

// Close closes the file; a second Close returns an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	f.dirinfo = nil
	if f.pfd != nil {
		// Wakes the goroutines waiting on it; the descriptor is closed
		// when the last of them is done with it.
		if e := f.pfd.Close(); e != nil && e != syscall.EINTR {
			return &PathError{Op: "close", Path: f.name, Err: e}
		}
		return nil
	}
	if e := syscall.Close(f.fd); e != nil && e != syscall.EINTR {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return f.wrapErr("sync", ignoringEINTR(func() error { return syscall.Fsync(f.fd) }))
}

// Truncate changes the file's size.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return f.wrapErr("truncate", ignoringEINTR(func() error { return syscall.Ftruncate(f.fd, size) }))
}

// Chmod changes the file's mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return f.wrapErr("chmod", syscall.Fchmod(f.fd, syscallMode(mode)))
}

// Chown changes the file's owner and group.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	return f.wrapErr("chown", syscall.Fchown(f.fd, uid, gid))
}

// Chdir makes the file, a directory, the working directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return f.wrapErr("chdir", syscall.Fchdir(f.fd))
}

// Stat describes the file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	var st fileStat
	if e := syscall.Fstat(f.fd, &st.sys); e != nil {
		return nil, f.wrapErr("stat", e)
	}
	st.fill(basename(f.name))
	return &st, nil
}

// SetDeadline sets the read and write deadlines of a file on the poller
// (a pipe, FIFO or terminal): a Read or Write waiting past it fails with
// an error that wraps ErrDeadlineExceeded. Other files return
// ErrNoDeadline.
func (f *File) SetDeadline(t time.Time) error { return f.setDeadline(t, 'r'+'w') }

// SetReadDeadline sets the read deadline (see SetDeadline).
func (f *File) SetReadDeadline(t time.Time) error { return f.setDeadline(t, 'r') }

// SetWriteDeadline sets the write deadline (see SetDeadline).
func (f *File) SetWriteDeadline(t time.Time) error { return f.setDeadline(t, 'w') }

func (f *File) setDeadline(t time.Time, mode int) error {
	if err := f.checkValid("SetDeadline"); err != nil {
		return err
	}
	if f.pfd == nil || f.blocking {
		return ErrNoDeadline
	}
	switch mode {
	case 'r':
		return f.pfd.SetReadDeadline(t)
	case 'w':
		return f.pfd.SetWriteDeadline(t)
	}
	return f.pfd.SetDeadline(t)
}

// ignoringEINTR calls fn until it returns something other than EINTR.
func ignoringEINTR(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}

// syscallMode converts a FileMode to open(2)/mkdir(2) mode bits.
func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}

// Open opens name for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates name, opened read-write with mode 0666
// (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens name with flag (O_RDONLY ...) and, when creating, perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var fd int
	var e error
	for {
		fd, e = syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		if e != syscall.EINTR {
			break
		}
	}
	if e != nil {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	return newFile(fd, name, kindOpenFile, flag&O_APPEND != 0), nil
}

// ReadFile reads the whole file name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		size = int(st.Size)
	}
	size++ // one byte more, to see EOF without growing
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to name, creating it with perm (before umask) if
// needed and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Pipe returns a connected pair of files: reads from r return bytes
// written to w.
func Pipe() (r *File, w *File, err error) {
	p := make([]int, 2)
	if e := syscall.Pipe2(p, syscall.O_CLOEXEC); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return newFile(p[0], "|0", kindPipe, false), newFile(p[1], "|1", kindPipe, false), nil
}

// Exit ends the program with status code at once; deferred calls do not run.
func Exit(code int) {
	exit(code)
}

// basename returns the last element of name (trailing slashes removed).
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at
// the directory dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) join(op, name string) (string, error) {
	if dir == "" {
		return "", &PathError{Op: op, Path: name, Err: errors.New("os: DirFS with empty root")}
	}
	if !fs.ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	if name == "." {
		return string(dir), nil
	}
	if dir[len(dir)-1] == '/' {
		return string(dir) + name, nil
	}
	return string(dir) + "/" + name, nil
}

// renamed rewrites the path of a *PathError to name.
func renamed(err error, name string) error {
	if e, ok := err.(*PathError); ok {
		e.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join("open", name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join("readfile", name)
	if err != nil {
		return nil, err
	}
	b, err := ReadFile(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join("readdir", name)
	if err != nil {
		return nil, err
	}
	entries, err := ReadDir(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join("stat", name)
	if err != nil {
		return nil, err
	}
	f, err := Stat(full)
	if err != nil {
		return nil, renamed(err, name)
	}
	return f, nil
}
