package poll

import (
	"syscall"
)

// Socket constants (Linux; the same on amd64 and arm64).
const (
	AF_UNSPEC = 0
	AF_INET   = 2
	AF_INET6  = 10

	SOCK_STREAM   = 1
	SOCK_DGRAM    = 2
	SOCK_NONBLOCK = 0x800
	SOCK_CLOEXEC  = 0x80000

	SOL_SOCKET   = 1
	SO_REUSEADDR = 2
	SO_ERROR     = 4
	SO_BROADCAST = 6
	SO_SNDBUF    = 7
	SO_RCVBUF    = 8
	SO_KEEPALIVE = 9
	SO_LINGER    = 13

	IPPROTO_IP   = 0
	IPPROTO_TCP  = 6
	IPPROTO_UDP  = 17
	IPPROTO_IPV6 = 41

	TCP_NODELAY   = 1
	TCP_KEEPIDLE  = 4
	TCP_KEEPINTVL = 5
	TCP_KEEPCNT   = 6

	IPV6_V6ONLY = 26

	MSG_NOSIGNAL = 0x4000

	SHUT_RD   = 0
	SHUT_WR   = 1
	SHUT_RDWR = 2

	// SizeofSockaddrAny is the size of a sockaddr_storage.
	SizeofSockaddrAny = 128
)

func errnoErr(e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

func sysRead(fd int, p []byte) (int, error) {
	r, _, e := syscall.Syscall6(sys_READ, uintptr(fd), bufPtr(p), uintptr(len(p)), 0, 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func sysWrite(fd int, p []byte) (int, error) {
	r, _, e := syscall.Syscall6(sys_WRITE, uintptr(fd), bufPtr(p), uintptr(len(p)), 0, 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func closeFD(fd int) error {
	_, _, e := syscall.Syscall6(sys_CLOSE, uintptr(fd), 0, 0, 0, 0, 0)
	return errnoErr(e)
}

// CloseFunc closes a raw descriptor (one not yet wrapped by an FD).
func CloseFunc(fd int) error { return closeFD(fd) }

// Socket creates a socket.
func Socket(family, typ, proto int) (int, error) {
	r, _, e := syscall.Syscall6(sys_SOCKET, uintptr(family), uintptr(typ), uintptr(proto), 0, 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// Bind binds fd to the raw socket address sa.
func Bind(fd int, sa []byte) error {
	_, _, e := syscall.Syscall6(sys_BIND, uintptr(fd), bufPtr(sa), uintptr(len(sa)), 0, 0, 0)
	return errnoErr(e)
}

// Connect starts connecting fd to the raw socket address sa.
func Connect(fd int, sa []byte) error {
	_, _, e := syscall.Syscall6(sys_CONNECT, uintptr(fd), bufPtr(sa), uintptr(len(sa)), 0, 0, 0)
	return errnoErr(e)
}

// Listen marks fd as a listening socket.
func Listen(fd, backlog int) error {
	_, _, e := syscall.Syscall6(sys_LISTEN, uintptr(fd), uintptr(backlog), 0, 0, 0, 0)
	return errnoErr(e)
}

func getLen(b []byte) int {
	return int(b[0]) | int(b[1])<<8 | int(b[2])<<16 | int(b[3])<<24
}

func newLen(n int) []byte {
	b := make([]byte, 4)
	b[0] = byte(n)
	b[1] = byte(n >> 8)
	b[2] = byte(n >> 16)
	b[3] = byte(n >> 24)
	return b
}

// Accept4 accepts a connection on fd: the new descriptor and the peer's
// raw socket address.
func Accept4(fd, flags int) (int, []byte, error) {
	sa := make([]byte, SizeofSockaddrAny)
	l := newLen(len(sa))
	r, _, e := syscall.Syscall6(sys_ACCEPT4, uintptr(fd), bufPtr(sa), bufPtr(l), uintptr(flags), 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	n := getLen(l)
	if n > len(sa) {
		n = len(sa)
	}
	return int(r), sa[:n], nil
}

func sockname(trap uintptr, fd int) ([]byte, error) {
	sa := make([]byte, SizeofSockaddrAny)
	l := newLen(len(sa))
	_, _, e := syscall.Syscall6(trap, uintptr(fd), bufPtr(sa), bufPtr(l), 0, 0, 0)
	if e != 0 {
		return nil, e
	}
	n := getLen(l)
	if n > len(sa) {
		n = len(sa)
	}
	return sa[:n], nil
}

// Getsockname is fd's local raw socket address.
func Getsockname(fd int) ([]byte, error) { return sockname(sys_GETSOCKNAME, fd) }

// Getpeername is fd's peer's raw socket address.
func Getpeername(fd int) ([]byte, error) { return sockname(sys_GETPEERNAME, fd) }

// SetsockoptInt sets an int socket option.
func SetsockoptInt(fd, level, name, arg int) error {
	v := newLen(arg)
	_, _, e := syscall.Syscall6(sys_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(name), bufPtr(v), 4, 0)
	return errnoErr(e)
}

// SetsockoptLinger sets SO_LINGER to {onoff, secs}.
func SetsockoptLinger(fd, onoff, secs int) error {
	v := make([]byte, 8)
	copy(v, newLen(onoff))
	copy(v[4:], newLen(secs))
	_, _, e := syscall.Syscall6(sys_SETSOCKOPT, uintptr(fd), SOL_SOCKET, SO_LINGER, bufPtr(v), 8, 0)
	return errnoErr(e)
}

// GetsockoptInt reads an int socket option.
func GetsockoptInt(fd, level, name int) (int, error) {
	v := make([]byte, 4)
	l := newLen(4)
	_, _, e := syscall.Syscall6(sys_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(name), bufPtr(v), bufPtr(l), 0)
	if e != 0 {
		return -1, e
	}
	return int(int32(uint32(getLen(v)))), nil
}

// Shutdown shuts down part of a full-duplex connection.
func Shutdown(fd, how int) error {
	_, _, e := syscall.Syscall6(sys_SHUTDOWN, uintptr(fd), uintptr(how), 0, 0, 0, 0)
	return errnoErr(e)
}

// Recvfrom receives a message: its length and the sender's raw address.
func Recvfrom(fd int, p []byte, flags int) (int, []byte, error) {
	sa := make([]byte, SizeofSockaddrAny)
	l := newLen(len(sa))
	r, _, e := syscall.Syscall6(sys_RECVFROM, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), bufPtr(sa), bufPtr(l))
	if e != 0 {
		return -1, nil, e
	}
	n := getLen(l)
	if n > len(sa) {
		n = len(sa)
	}
	return int(r), sa[:n], nil
}

// Sendto sends p to the raw address sa (nil: the connected peer).
func Sendto(fd int, p []byte, flags int, sa []byte) (int, error) {
	r, _, e := syscall.Syscall6(sys_SENDTO, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), bufPtr(sa), uintptr(len(sa)))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}
