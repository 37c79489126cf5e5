// Package syscall is gocl's interface to the Linux system calls, written
// for gocl from Go's documentation. Every call goes through the single
// runtime entry rawSyscall6 (runtime_gocl.go); buffers are passed by the
// address bytesPtr gives, and kernel structures are decoded by hand from
// byte buffers (there is no unsafe).
package syscall

import (
	"errors"
	"internal/oserror"
)

// An Errno is a Linux error number; its zero value means success.
type Errno uintptr

func (e Errno) Error() string {
	if int(e) >= 0 && int(e) < len(errorTexts) {
		if s := errorTexts[e]; s != "" {
			return s
		}
	}
	if e == 133 && errno133 != "" {
		return errno133
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e matches one of the portable errors of io/fs and
// errors.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

// Temporary reports whether the operation may succeed if retried.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether e is a timeout.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// errnoErr returns e as an error, nil for 0.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// A Signal is a Linux signal number.
type Signal int

// Signal makes Signal an os.Signal.
func (s Signal) Signal() {}

func (s Signal) String() string {
	if s > 0 && int(s) < len(signalTexts) {
		return signalTexts[s]
	}
	return "signal " + itoa(int(s))
}

func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}

func uitoa(v uint) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

// Syscall makes system call trap with three arguments.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	r, e := rawSyscall6(trap, a1, a2, a3, 0, 0, 0)
	return r, 0, Errno(e)
}

// Syscall6 makes system call trap with six arguments.
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r, e := rawSyscall6(trap, a1, a2, a3, a4, a5, a6)
	return r, 0, Errno(e)
}

// RawSyscall is Syscall (gocl has no scheduler hooks around system calls).
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	r, e := rawSyscall6(trap, a1, a2, a3, 0, 0, 0)
	return r, 0, Errno(e)
}

// RawSyscall6 is Syscall6.
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r, e := rawSyscall6(trap, a1, a2, a3, a4, a5, a6)
	return r, 0, Errno(e)
}

// Flags and constants (the same on amd64 and arm64 unless in sys_*.go).
const (
	O_RDONLY   = 0x0
	O_WRONLY   = 0x1
	O_RDWR     = 0x2
	O_ACCMODE  = 0x3
	O_CREAT    = 0x40
	O_EXCL     = 0x80
	O_NOCTTY   = 0x100
	O_TRUNC    = 0x200
	O_APPEND   = 0x400
	O_NONBLOCK = 0x800
	O_NDELAY   = O_NONBLOCK
	O_DSYNC    = 0x1000
	O_ASYNC    = 0x2000
	O_NOATIME  = 0x40000
	O_CLOEXEC  = 0x80000
	O_SYNC     = 0x101000
	O_RSYNC    = O_SYNC
	O_FSYNC    = O_SYNC

	SEEK_SET = 0
	SEEK_CUR = 1
	SEEK_END = 2

	S_IFMT   = 0xf000
	S_IFSOCK = 0xc000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFBLK  = 0x6000
	S_IFDIR  = 0x4000
	S_IFCHR  = 0x2000
	S_IFIFO  = 0x1000
	S_ISUID  = 0x800
	S_ISGID  = 0x400
	S_ISVTX  = 0x200
	S_IRUSR  = 0x100
	S_IWUSR  = 0x80
	S_IXUSR  = 0x40
	S_IRWXU  = 0x1c0
	S_IRWXG  = 0x38
	S_IRWXO  = 0x7

	F_DUPFD         = 0x0
	F_GETFD         = 0x1
	F_SETFD         = 0x2
	F_GETFL         = 0x3
	F_SETFL         = 0x4
	F_DUPFD_CLOEXEC = 0x406
	FD_CLOEXEC      = 0x1

	DT_UNKNOWN = 0x0
	DT_FIFO    = 0x1
	DT_CHR     = 0x2
	DT_DIR     = 0x4
	DT_BLK     = 0x6
	DT_REG     = 0x8
	DT_LNK     = 0xa
	DT_SOCK    = 0xc

	ImplementsGetwd = true
	PathMax         = 0x1000

	_AT_FDCWD            = -0x64
	_AT_REMOVEDIR        = 0x200
	_AT_SYMLINK_NOFOLLOW = 0x100
)

// Stdin, Stdout and Stderr are the standard descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// atFdcwd is AT_FDCWD as a system call argument.
var atFdcwd = ^uintptr(99) // -100

func le64(b []byte) uint64 {
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func put64(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func decodeTimespec(b []byte) Timespec {
	return Timespec{Sec: int64(le64(b)), Nsec: int64(le64(b[8:]))}
}

// Unix returns ts as seconds and nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns ts in nanoseconds.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// NsecToTimespec converts nanoseconds to a Timespec.
func NsecToTimespec(nsec int64) Timespec {
	sec := nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: nsec}
}

// ByteSliceFromString returns s as a NUL-terminated byte slice, or EINVAL
// if s contains a NUL byte.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b, nil
}

// Open opens path with the open(2) flags mode and permission bits perm.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	return Openat(_AT_FDCWD, path, mode|O_LARGEFILE, perm)
}

// Openat opens path relative to the directory dirfd.
func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return -1, err
	}
	r, errno := rawSyscall6(SYS_OPENAT, uintptr(dirfd), bytesPtr(p), uintptr(flags), uintptr(mode), 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// Creat creates or truncates path for writing.
func Creat(path string, mode uint32) (fd int, err error) {
	return Open(path, O_CREAT|O_WRONLY|O_TRUNC, mode)
}

// Read reads up to len(p) bytes from fd.
func Read(fd int, p []byte) (n int, err error) {
	r, errno := rawSyscall6(SYS_READ, uintptr(fd), bytesPtr(p), uintptr(len(p)), 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// Write writes p to fd.
func Write(fd int, p []byte) (n int, err error) {
	r, errno := rawSyscall6(SYS_WRITE, uintptr(fd), bytesPtr(p), uintptr(len(p)), 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// Pread reads from fd at offset.
func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r, errno := rawSyscall6(SYS_PREAD64, uintptr(fd), bytesPtr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// Pwrite writes to fd at offset.
func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r, errno := rawSyscall6(SYS_PWRITE64, uintptr(fd), bytesPtr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// Close closes fd.
func Close(fd int) error {
	_, errno := rawSyscall6(SYS_CLOSE, uintptr(fd), 0, 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Seek sets fd's offset.
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, errno := rawSyscall6(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence), 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int64(r), nil
}

// Fstat describes the open file fd.
func Fstat(fd int, stat *Stat_t) error {
	buf := make([]byte, sizeofStat)
	_, errno := rawSyscall6(SYS_FSTAT, uintptr(fd), bytesPtr(buf), 0, 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return e
	}
	stat.decode(buf)
	return nil
}

// Fstatat describes path relative to dirfd.
func Fstatat(dirfd int, path string, stat *Stat_t, flags int) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	buf := make([]byte, sizeofStat)
	_, errno := rawSyscall6(sys_FSTATAT, uintptr(dirfd), bytesPtr(p), bytesPtr(buf), uintptr(flags), 0, 0)
	e := Errno(errno)
	if e != 0 {
		return e
	}
	stat.decode(buf)
	return nil
}

// Stat describes path, following symbolic links.
func Stat(path string, stat *Stat_t) error {
	return Fstatat(_AT_FDCWD, path, stat, 0)
}

// Lstat describes path without following a final symbolic link.
func Lstat(path string, stat *Stat_t) error {
	return Fstatat(_AT_FDCWD, path, stat, _AT_SYMLINK_NOFOLLOW)
}

// pathCall makes a system call whose first argument is AT_FDCWD and
// second a path.
func pathCall(trap uintptr, path string, a3, a4 uintptr) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, errno := rawSyscall6(trap, atFdcwd, bytesPtr(p), a3, a4, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Unlink removes the file path.
func Unlink(path string) error { return pathCall(SYS_UNLINKAT, path, 0, 0) }

// Rmdir removes the empty directory path.
func Rmdir(path string) error { return pathCall(SYS_UNLINKAT, path, _AT_REMOVEDIR, 0) }

// Unlinkat removes path relative to dirfd.
func Unlinkat(dirfd int, path string, flags int) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, errno := rawSyscall6(SYS_UNLINKAT, uintptr(dirfd), bytesPtr(p), uintptr(flags), 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Mkdir creates the directory path.
func Mkdir(path string, mode uint32) error { return pathCall(SYS_MKDIRAT, path, uintptr(mode), 0) }

// Chmod changes path's mode.
func Chmod(path string, mode uint32) error { return pathCall(SYS_FCHMODAT, path, uintptr(mode), 0) }

// Access checks whether the calling process may access path.
func Access(path string, mode uint32) error {
	return pathCall(SYS_FACCESSAT, path, uintptr(mode), 0)
}

// Chown changes path's owner and group.
func Chown(path string, uid int, gid int) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, errno := rawSyscall6(SYS_FCHOWNAT, atFdcwd, bytesPtr(p), uintptr(uid), uintptr(gid), 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Lchown changes the owner and group of path itself (no link following).
func Lchown(path string, uid int, gid int) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, errno := rawSyscall6(SYS_FCHOWNAT, atFdcwd, bytesPtr(p), uintptr(uid), uintptr(gid), _AT_SYMLINK_NOFOLLOW, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Fchmod changes fd's mode.
func Fchmod(fd int, mode uint32) error {
	_, errno := rawSyscall6(SYS_FCHMOD, uintptr(fd), uintptr(mode), 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Fchown changes fd's owner and group.
func Fchown(fd int, uid int, gid int) error {
	_, errno := rawSyscall6(SYS_FCHOWN, uintptr(fd), uintptr(uid), uintptr(gid), 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// twoPaths makes a system call taking (AT_FDCWD, from, AT_FDCWD, to, a5).
func twoPaths(trap uintptr, from, to string, a5 uintptr) error {
	p, err := ByteSliceFromString(from)
	if err != nil {
		return err
	}
	q, err := ByteSliceFromString(to)
	if err != nil {
		return err
	}
	_, errno := rawSyscall6(trap, atFdcwd, bytesPtr(p), atFdcwd, bytesPtr(q), a5, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Rename renames oldpath to newpath.
func Rename(oldpath string, newpath string) error {
	return twoPaths(SYS_RENAMEAT, oldpath, newpath, 0)
}

// Link creates newpath as a hard link to oldpath.
func Link(oldpath string, newpath string) error {
	return twoPaths(SYS_LINKAT, oldpath, newpath, 0)
}

// Symlink creates newpath as a symbolic link to oldpath.
func Symlink(oldpath string, newpath string) error {
	p, err := ByteSliceFromString(oldpath)
	if err != nil {
		return err
	}
	q, err := ByteSliceFromString(newpath)
	if err != nil {
		return err
	}
	_, errno := rawSyscall6(SYS_SYMLINKAT, bytesPtr(p), atFdcwd, bytesPtr(q), 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Readlink reads the target of the symbolic link path into buf.
func Readlink(path string, buf []byte) (n int, err error) {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return -1, err
	}
	r, errno := rawSyscall6(SYS_READLINKAT, atFdcwd, bytesPtr(p), bytesPtr(buf), uintptr(len(buf)), 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// UtimesNano sets path's access and modification times.
func UtimesNano(path string, ts []Timespec) error {
	if len(ts) != 2 {
		return EINVAL
	}
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	buf := make([]byte, 32)
	for i := 0; i < 2; i++ {
		put64(buf[16*i:], uint64(ts[i].Sec))
		put64(buf[16*i+8:], uint64(ts[i].Nsec))
	}
	_, errno := rawSyscall6(SYS_UTIMENSAT, atFdcwd, bytesPtr(p), bytesPtr(buf), 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Truncate sets the size of path.
func Truncate(path string, length int64) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, errno := rawSyscall6(SYS_TRUNCATE, bytesPtr(p), uintptr(length), 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Ftruncate sets the size of fd.
func Ftruncate(fd int, length int64) error {
	_, errno := rawSyscall6(SYS_FTRUNCATE, uintptr(fd), uintptr(length), 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Fsync flushes fd to storage.
func Fsync(fd int) error {
	_, errno := rawSyscall6(SYS_FSYNC, uintptr(fd), 0, 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Fdatasync flushes fd's data to storage.
func Fdatasync(fd int) error {
	_, errno := rawSyscall6(SYS_FDATASYNC, uintptr(fd), 0, 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Getdents reads directory entries (struct linux_dirent64) from fd.
func Getdents(fd int, buf []byte) (n int, err error) {
	r, errno := rawSyscall6(SYS_GETDENTS64, uintptr(fd), bytesPtr(buf), uintptr(len(buf)), 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// ReadDirent reads directory entries from fd into buf.
func ReadDirent(fd int, buf []byte) (n int, err error) {
	return Getdents(fd, buf)
}

// ParseDirent appends to names the names of up to max entries (all if max
// is negative) in buf, skipping "." and "..", and returns the number of
// bytes consumed and of entries seen.
func ParseDirent(buf []byte, max int, names []string) (consumed int, count int, newnames []string) {
	origlen := len(buf)
	for max != 0 && len(buf) >= 19 {
		reclen := int(buf[16]) | int(buf[17])<<8
		if reclen < 19 || reclen > len(buf) {
			break
		}
		rec := buf[:reclen]
		buf = buf[reclen:]
		if le64(rec) == 0 { // deleted entry
			continue
		}
		name := rec[19:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if string(name) == "." || string(name) == ".." {
			continue
		}
		max--
		count++
		names = append(names, string(name))
	}
	return origlen - len(buf), count, names
}

// Getcwd stores the working directory, NUL-terminated, in buf and returns
// its length including the NUL.
func Getcwd(buf []byte) (n int, err error) {
	r, errno := rawSyscall6(SYS_GETCWD, bytesPtr(buf), uintptr(len(buf)), 0, 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// Getwd returns the working directory.
func Getwd() (wd string, err error) {
	buf := make([]byte, PathMax)
	n, err := Getcwd(buf)
	if err != nil {
		return "", err
	}
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	if buf[0] != '/' { // "(unreachable)"
		return "", ENOENT
	}
	return string(buf[:n-1]), nil
}

// Chdir changes the working directory.
func Chdir(path string) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, errno := rawSyscall6(SYS_CHDIR, bytesPtr(p), 0, 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Fchdir changes the working directory to fd.
func Fchdir(fd int) error {
	_, errno := rawSyscall6(SYS_FCHDIR, uintptr(fd), 0, 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Dup duplicates fd.
func Dup(oldfd int) (fd int, err error) {
	r, errno := rawSyscall6(SYS_DUP, uintptr(oldfd), 0, 0, 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// Dup3 makes newfd a copy of oldfd with flags (O_CLOEXEC).
func Dup3(oldfd int, newfd int, flags int) error {
	_, errno := rawSyscall6(SYS_DUP3, uintptr(oldfd), uintptr(newfd), uintptr(flags), 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Pipe2 creates a pipe: p[0] the read end, p[1] the write end.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	buf := make([]byte, 8)
	_, errno := rawSyscall6(SYS_PIPE2, bytesPtr(buf), uintptr(flags), 0, 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return e
	}
	p[0] = int(int32(le32(buf)))
	p[1] = int(int32(le32(buf[4:])))
	return nil
}

// Pipe creates a pipe.
func Pipe(p []int) error { return Pipe2(p, 0) }

// Fcntl performs fcntl(2) command cmd with argument arg.
func fcntl(fd int, cmd int, arg int) (val int, err error) {
	r, errno := rawSyscall6(SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg), 0, 0, 0)
	e := Errno(errno)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// SetNonblock sets or clears O_NONBLOCK on fd.
func SetNonblock(fd int, nonblocking bool) error {
	flag, err := fcntl(fd, F_GETFL, 0)
	if err != nil {
		return err
	}
	if nonblocking == (flag&O_NONBLOCK != 0) {
		return nil
	}
	if nonblocking {
		flag |= O_NONBLOCK
	} else {
		flag &^= O_NONBLOCK
	}
	_, err = fcntl(fd, F_SETFL, flag)
	return err
}

// CloseOnExec sets FD_CLOEXEC on fd.
func CloseOnExec(fd int) { fcntl(fd, F_SETFD, FD_CLOEXEC) }

// Umask sets the file mode creation mask and returns the old one.
func Umask(mask int) (oldmask int) {
	r, _, _ := Syscall(SYS_UMASK, uintptr(mask), 0, 0)
	return int(r)
}

// Getpid returns the process id.
func Getpid() (pid int) {
	r, _, _ := Syscall(SYS_GETPID, 0, 0, 0)
	return int(r)
}

// Getppid returns the parent's process id.
func Getppid() (ppid int) {
	r, _, _ := Syscall(SYS_GETPPID, 0, 0, 0)
	return int(r)
}

// Gettid returns the thread id.
func Gettid() (tid int) {
	r, _, _ := Syscall(SYS_GETTID, 0, 0, 0)
	return int(r)
}

// Getuid returns the real user id.
func Getuid() (uid int) {
	r, _, _ := Syscall(SYS_GETUID, 0, 0, 0)
	return int(r)
}

// Geteuid returns the effective user id.
func Geteuid() (euid int) {
	r, _, _ := Syscall(SYS_GETEUID, 0, 0, 0)
	return int(r)
}

// Getgid returns the real group id.
func Getgid() (gid int) {
	r, _, _ := Syscall(SYS_GETGID, 0, 0, 0)
	return int(r)
}

// Getegid returns the effective group id.
func Getegid() (egid int) {
	r, _, _ := Syscall(SYS_GETEGID, 0, 0, 0)
	return int(r)
}

// Getpagesize returns the memory page size.
func Getpagesize() int { return 4096 }

// Kill sends signal sig to process pid.
func Kill(pid int, sig Signal) error {
	_, errno := rawSyscall6(SYS_KILL, uintptr(pid), uintptr(sig), 0, 0, 0, 0)
	e := Errno(errno)
	return errnoErr(e)
}

// Exit ends the process with status code.
func Exit(code int) {
	Syscall(SYS_EXIT_GROUP, uintptr(code), 0, 0)
}

// Resource limits (getrlimit(2)).
const (
	RLIMIT_CPU    = 0
	RLIMIT_FSIZE  = 1
	RLIMIT_DATA   = 2
	RLIMIT_STACK  = 3
	RLIMIT_CORE   = 4
	RLIMIT_NOFILE = 7
	RLIMIT_AS     = 9
	RLIM_INFINITY = -0x1
)

// Rlimit is a resource limit: the soft (Cur) and hard (Max) values.
type Rlimit struct {
	Cur uint64
	Max uint64
}

// Getrlimit reads the limit of resource into rlim.
func Getrlimit(resource int, rlim *Rlimit) error {
	b := make([]byte, 16)
	_, errno := rawSyscall6(SYS_PRLIMIT64, 0, uintptr(resource), 0, bytesPtr(b), 0, 0)
	if errno != 0 {
		return errnoErr(Errno(errno))
	}
	rlim.Cur = le64(b[0:8])
	rlim.Max = le64(b[8:16])
	return nil
}

// Setrlimit sets the limit of resource to rlim.
func Setrlimit(resource int, rlim *Rlimit) error {
	b := make([]byte, 16)
	put64(b[0:8], rlim.Cur)
	put64(b[8:16], rlim.Max)
	_, errno := rawSyscall6(SYS_PRLIMIT64, 0, uintptr(resource), bytesPtr(b), 0, 0, 0)
	return errnoErr(Errno(errno))
}
