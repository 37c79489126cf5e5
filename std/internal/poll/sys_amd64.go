package poll

// Linux system call numbers, amd64.
const (
	sys_READ        = 0
	sys_WRITE       = 1
	sys_CLOSE       = 3
	sys_SOCKET      = 41
	sys_CONNECT     = 42
	sys_SENDTO      = 44
	sys_RECVFROM    = 45
	sys_SHUTDOWN    = 48
	sys_BIND        = 49
	sys_LISTEN      = 50
	sys_GETSOCKNAME = 51
	sys_GETPEERNAME = 52
	sys_SETSOCKOPT  = 54
	sys_GETSOCKOPT  = 55
	sys_ACCEPT4     = 288
)
