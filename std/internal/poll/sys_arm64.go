package poll

// Linux system call numbers, arm64.
const (
	sys_READ        = 63
	sys_WRITE       = 64
	sys_CLOSE       = 57
	sys_SOCKET      = 198
	sys_BIND        = 200
	sys_LISTEN      = 201
	sys_CONNECT     = 203
	sys_GETSOCKNAME = 204
	sys_GETPEERNAME = 205
	sys_SENDTO      = 206
	sys_RECVFROM    = 207
	sys_SETSOCKOPT  = 208
	sys_GETSOCKOPT  = 209
	sys_SHUTDOWN    = 210
	sys_ACCEPT4     = 242
)
