package syscall

// System call numbers for linux/arm64 (only those package syscall uses).
// arm64 has no open, stat, unlink, mkdir ... system calls: the *at
// forms serve both architectures.
const (
	SYS_GETCWD     = 17
	SYS_DUP        = 23
	SYS_DUP3       = 24
	SYS_FCNTL      = 25
	SYS_IOCTL      = 29
	SYS_MKDIRAT    = 34
	SYS_UNLINKAT   = 35
	SYS_SYMLINKAT  = 36
	SYS_LINKAT     = 37
	SYS_RENAMEAT   = 38
	SYS_TRUNCATE   = 45
	SYS_FTRUNCATE  = 46
	SYS_FACCESSAT  = 48
	SYS_CHDIR      = 49
	SYS_FCHDIR     = 50
	SYS_FCHMOD     = 52
	SYS_FCHMODAT   = 53
	SYS_FCHOWNAT   = 54
	SYS_FCHOWN     = 55
	SYS_OPENAT     = 56
	SYS_CLOSE      = 57
	SYS_PIPE2      = 59
	SYS_GETDENTS64 = 61
	SYS_PRLIMIT64  = 261
	SYS_LSEEK      = 62
	SYS_READ       = 63
	SYS_WRITE      = 64
	SYS_PREAD64    = 67
	SYS_PWRITE64   = 68
	SYS_READLINKAT = 78
	SYS_FSTATAT    = 79
	SYS_FSTAT      = 80
	SYS_FSYNC      = 82
	SYS_FDATASYNC  = 83
	SYS_UTIMENSAT  = 88
	SYS_EXIT       = 93
	SYS_EXIT_GROUP = 94
	SYS_NANOSLEEP  = 101
	SYS_KILL       = 129
	SYS_UNAME      = 160
	SYS_UMASK      = 166
	SYS_GETPID     = 172
	SYS_GETPPID    = 173
	SYS_GETUID     = 174
	SYS_GETEUID    = 175
	SYS_GETGID     = 176
	SYS_GETEGID    = 177
	SYS_GETTID     = 178
	SYS_GETRANDOM  = 278

	sys_FSTATAT = SYS_FSTATAT
)

// Open flags whose values differ between amd64 and arm64.
const (
	O_DIRECTORY = 0x4000
	O_NOFOLLOW  = 0x8000
	O_DIRECT    = 0x10000
	O_LARGEFILE = 0x0
)

// errno133 is go's text for error number 133 on this architecture.
const errno133 = "memory page has hardware error"

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Stat_t is linux/arm64's struct stat (the generic layout).
type Stat_t struct {
	Dev               uint64
	Ino               uint64
	Mode              uint32
	Nlink             uint32
	Uid               uint32
	Gid               uint32
	Rdev              uint64
	X__pad1           uint64
	Size              int64
	Blksize           int32
	X__pad2           int32
	Blocks            int64
	Atim              Timespec
	Mtim              Timespec
	Ctim              Timespec
	X__glibc_reserved [2]int32
}

// sizeofStat is the size of the kernel's struct stat.
const sizeofStat = 128

// decode fills st from the kernel's bytes.
func (st *Stat_t) decode(b []byte) {
	st.Dev = le64(b[0:])
	st.Ino = le64(b[8:])
	st.Mode = le32(b[16:])
	st.Nlink = le32(b[20:])
	st.Uid = le32(b[24:])
	st.Gid = le32(b[28:])
	st.Rdev = le64(b[32:])
	st.X__pad1 = le64(b[40:])
	st.Size = int64(le64(b[48:]))
	st.Blksize = int32(le32(b[56:]))
	st.X__pad2 = int32(le32(b[60:]))
	st.Blocks = int64(le64(b[64:]))
	st.Atim = decodeTimespec(b[72:])
	st.Mtim = decodeTimespec(b[88:])
	st.Ctim = decodeTimespec(b[104:])
	for i := range st.X__glibc_reserved {
		st.X__glibc_reserved[i] = int32(le32(b[120+4*i:]))
	}
}

// Dup2 makes newfd a copy of oldfd. arm64 has only dup3, which refuses
// equal descriptors; then Dup2 only checks that oldfd is open, as dup2(2)
// does.
func Dup2(oldfd int, newfd int) error {
	if oldfd == newfd {
		_, _, e := Syscall(SYS_FCNTL, uintptr(oldfd), F_GETFD, 0)
		return errnoErr(e)
	}
	return Dup3(oldfd, newfd, 0)
}
