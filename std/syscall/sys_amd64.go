package syscall

// System call numbers for linux/amd64 (only those package syscall uses).
const (
	SYS_READ       = 0
	SYS_WRITE      = 1
	SYS_CLOSE      = 3
	SYS_FSTAT      = 5
	SYS_LSEEK      = 8
	SYS_IOCTL      = 16
	SYS_PREAD64    = 17
	SYS_PWRITE64   = 18
	SYS_DUP        = 32
	SYS_DUP2       = 33
	SYS_NANOSLEEP  = 35
	SYS_GETPID     = 39
	SYS_EXIT       = 60
	SYS_KILL       = 62
	SYS_UNAME      = 63
	SYS_FCNTL      = 72
	SYS_FSYNC      = 74
	SYS_FDATASYNC  = 75
	SYS_TRUNCATE   = 76
	SYS_FTRUNCATE  = 77
	SYS_GETCWD     = 79
	SYS_CHDIR      = 80
	SYS_FCHDIR     = 81
	SYS_FCHMOD     = 91
	SYS_FCHOWN     = 93
	SYS_UMASK      = 95
	SYS_GETUID     = 102
	SYS_GETGID     = 104
	SYS_GETEUID    = 107
	SYS_GETEGID    = 108
	SYS_GETPPID    = 110
	SYS_GETTID     = 186
	SYS_GETDENTS64 = 217
	SYS_PRLIMIT64  = 302
	SYS_EXIT_GROUP = 231
	SYS_OPENAT     = 257
	SYS_MKDIRAT    = 258
	SYS_FCHOWNAT   = 260
	SYS_NEWFSTATAT = 262
	SYS_UNLINKAT   = 263
	SYS_RENAMEAT   = 264
	SYS_LINKAT     = 265
	SYS_SYMLINKAT  = 266
	SYS_READLINKAT = 267
	SYS_FCHMODAT   = 268
	SYS_FACCESSAT  = 269
	SYS_UTIMENSAT  = 280
	SYS_DUP3       = 292
	SYS_PIPE2      = 293
	SYS_GETRANDOM  = 318

	sys_FSTATAT = SYS_NEWFSTATAT
)

// Open flags whose values differ between amd64 and arm64.
const (
	O_DIRECT    = 0x4000
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
	O_LARGEFILE = 0x0
)

// errno133 is go's text for error number 133 on this architecture.
const errno133 = ""

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Stat_t is linux/amd64's struct stat.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// sizeofStat is the size of the kernel's struct stat.
const sizeofStat = 144

// decode fills st from the kernel's bytes.
func (st *Stat_t) decode(b []byte) {
	st.Dev = le64(b[0:])
	st.Ino = le64(b[8:])
	st.Nlink = le64(b[16:])
	st.Mode = le32(b[24:])
	st.Uid = le32(b[28:])
	st.Gid = le32(b[32:])
	st.X__pad0 = int32(le32(b[36:]))
	st.Rdev = le64(b[40:])
	st.Size = int64(le64(b[48:]))
	st.Blksize = int64(le64(b[56:]))
	st.Blocks = int64(le64(b[64:]))
	st.Atim = decodeTimespec(b[72:])
	st.Mtim = decodeTimespec(b[88:])
	st.Ctim = decodeTimespec(b[104:])
	for i := range st.X__unused {
		st.X__unused[i] = int64(le64(b[120+8*i:]))
	}
}

// Dup2 makes newfd a copy of oldfd.
func Dup2(oldfd int, newfd int) error {
	_, _, e := Syscall(SYS_DUP2, uintptr(oldfd), uintptr(newfd), 0)
	return errnoErr(e)
}
