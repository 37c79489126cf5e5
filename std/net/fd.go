package net

import (
	"internal/poll"
	"syscall"
	"time"
)

// netFD is a socket: a poll.FD plus what net knows about it.
type netFD struct {
	pfd poll.FD

	family      int
	sotype      int
	isConnected bool
	net         string
	laddr       Addr
	raddr       Addr
}

func newFD(sysfd, family, sotype int, net string) *netFD {
	fd := &netFD{family: family, sotype: sotype, net: net}
	fd.pfd.Sysfd = sysfd
	fd.pfd.IsStream = sotype == poll.SOCK_STREAM
	fd.pfd.ZeroReadIsEOF = sotype != poll.SOCK_DGRAM
	return fd
}

func (fd *netFD) init() error {
	return fd.pfd.Init(fd.net, true)
}

func (fd *netFD) setAddr(laddr, raddr Addr) {
	fd.laddr = laddr
	fd.raddr = raddr
}

func (fd *netFD) Close() error {
	return fd.pfd.Close()
}

func (fd *netFD) Read(p []byte) (int, error) {
	n, err := fd.pfd.Read(p)
	return n, wrapSyscallError("read", err)
}

func (fd *netFD) Write(p []byte) (int, error) {
	n, err := fd.pfd.Write(p)
	return n, wrapSyscallError("write", err)
}

func (fd *netFD) readFrom(p []byte) (int, []byte, error) {
	n, sa, err := fd.pfd.ReadFrom(p)
	return n, sa, wrapSyscallError("recvfrom", err)
}

func (fd *netFD) writeTo(p []byte, sa []byte) (int, error) {
	n, err := fd.pfd.WriteTo(p, sa)
	return n, wrapSyscallError("sendto", err)
}

func (fd *netFD) shutdown(how int) error {
	return wrapSyscallError("shutdown", fd.pfd.Shutdown(how))
}

func (fd *netFD) setsockoptInt(level, name, arg int) error {
	return wrapSyscallError("setsockopt", fd.pfd.SetsockoptInt(level, name, arg))
}

func boolint(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sysSocket makes a non-blocking, close-on-exec socket.
func sysSocket(family, sotype, proto int) (int, error) {
	s, err := poll.Socket(family, sotype|poll.SOCK_NONBLOCK|poll.SOCK_CLOEXEC, proto)
	if err != nil {
		return -1, wrapSyscallError("socket", err)
	}
	return s, nil
}

// sockaddr is what net needs of TCPAddr and UDPAddr to make sockets.
type sockaddr interface {
	Addr
	family() int
	isWildcard() bool
	sockaddr(family int) ([]byte, error)
}

// socket makes a socket bound to laddr (for listen, or a packet socket
// with no raddr) or connected to raddr, registered with the poller.
func socket(net string, family, sotype, proto int, ipv6only bool, laddr, raddr sockaddr, listen bool, deadline time.Time) (*netFD, error) {
	s, err := sysSocket(family, sotype, proto)
	if err != nil {
		return nil, err
	}
	if family == poll.AF_INET6 {
		if err := poll.SetsockoptInt(s, poll.IPPROTO_IPV6, poll.IPV6_V6ONLY, boolint(ipv6only)); err != nil {
			poll.CloseFunc(s)
			return nil, wrapSyscallError("setsockopt", err)
		}
	}
	if sotype == poll.SOCK_DGRAM && family != poll.AF_INET6 {
		if err := poll.SetsockoptInt(s, poll.SOL_SOCKET, poll.SO_BROADCAST, 1); err != nil {
			poll.CloseFunc(s)
			return nil, wrapSyscallError("setsockopt", err)
		}
	}
	fd := newFD(s, family, sotype, net)

	if laddr != nil && raddr == nil {
		switch sotype {
		case poll.SOCK_STREAM:
			if err := fd.listenStream(laddr); err != nil {
				fd.Close()
				return nil, err
			}
			return fd, nil
		case poll.SOCK_DGRAM:
			if err := fd.listenDatagram(laddr); err != nil {
				fd.Close()
				return nil, err
			}
			return fd, nil
		}
	}
	if err := fd.dial(laddr, raddr, deadline); err != nil {
		fd.Close()
		return nil, err
	}
	return fd, nil
}

func (fd *netFD) addrFunc() func([]byte) Addr {
	if fd.sotype == poll.SOCK_DGRAM {
		return sockaddrToUDP
	}
	return sockaddrToTCP
}

func (fd *netFD) listenStream(laddr sockaddr) error {
	if err := poll.SetsockoptInt(fd.pfd.Sysfd, poll.SOL_SOCKET, poll.SO_REUSEADDR, 1); err != nil {
		return wrapSyscallError("setsockopt", err)
	}
	lsa, err := laddr.sockaddr(fd.family)
	if err != nil {
		return err
	}
	if err := poll.Bind(fd.pfd.Sysfd, lsa); err != nil {
		return wrapSyscallError("bind", err)
	}
	if err := poll.Listen(fd.pfd.Sysfd, listenerBacklog); err != nil {
		return wrapSyscallError("listen", err)
	}
	if err := fd.init(); err != nil {
		return err
	}
	lsa, _ = poll.Getsockname(fd.pfd.Sysfd)
	fd.setAddr(fd.addrFunc()(lsa), nil)
	return nil
}

func (fd *netFD) listenDatagram(laddr sockaddr) error {
	lsa, err := laddr.sockaddr(fd.family)
	if err != nil {
		return err
	}
	if err := poll.Bind(fd.pfd.Sysfd, lsa); err != nil {
		return wrapSyscallError("bind", err)
	}
	if err := fd.init(); err != nil {
		return err
	}
	lsa, _ = poll.Getsockname(fd.pfd.Sysfd)
	fd.setAddr(fd.addrFunc()(lsa), nil)
	return nil
}

// listenerBacklog is the listen queue length (the kernel caps it at
// net.core.somaxconn).
const listenerBacklog = 4096

func (fd *netFD) dial(laddr, raddr sockaddr, deadline time.Time) error {
	var lsa []byte
	var err error
	if laddr != nil {
		if lsa, err = laddr.sockaddr(fd.family); err != nil {
			return err
		}
		if lsa != nil {
			if err := poll.Bind(fd.pfd.Sysfd, lsa); err != nil {
				return wrapSyscallError("bind", err)
			}
		}
	}
	var rsa []byte
	if raddr != nil {
		if rsa, err = raddr.sockaddr(fd.family); err != nil {
			return err
		}
		if err := fd.connect(rsa, deadline); err != nil {
			return err
		}
		fd.isConnected = true
	} else {
		if err := fd.init(); err != nil {
			return err
		}
	}
	lsa, _ = poll.Getsockname(fd.pfd.Sysfd)
	af := fd.addrFunc()
	if rsa2, err := poll.Getpeername(fd.pfd.Sysfd); err == nil {
		fd.setAddr(af(lsa), af(rsa2))
	} else {
		fd.setAddr(af(lsa), raddr)
	}
	return nil
}

// connect connects the (non-blocking) socket: a connect that is in
// progress is waited for with the poller, then SO_ERROR tells the result.
func (fd *netFD) connect(rsa []byte, deadline time.Time) error {
	err := poll.Connect(fd.pfd.Sysfd, rsa)
	switch err {
	case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
	case nil, syscall.EISCONN:
		return fd.init()
	default:
		return wrapSyscallError("connect", err)
	}
	if err := fd.init(); err != nil {
		return err
	}
	if !deadline.IsZero() {
		fd.pfd.SetWriteDeadline(deadline)
		defer fd.pfd.SetWriteDeadline(time.Time{})
	}
	for {
		if err := fd.pfd.WaitWrite(); err != nil {
			if err == poll.ErrDeadlineExceeded {
				return errTimeout
			}
			return err
		}
		nerr, err := fd.pfd.GetsockoptInt(poll.SOL_SOCKET, poll.SO_ERROR)
		if err != nil {
			return wrapSyscallError("getsockopt", err)
		}
		switch e := syscall.Errno(nerr); e {
		case syscall.EINPROGRESS, syscall.EALREADY, syscall.EINTR:
			continue
		case syscall.EISCONN:
			return nil
		case 0:
			if _, err := poll.Getpeername(fd.pfd.Sysfd); err == nil {
				return nil
			}
			continue
		default:
			return wrapSyscallError("connect", e)
		}
	}
}

func (fd *netFD) accept() (*netFD, error) {
	d, rsa, errcall, err := fd.pfd.Accept()
	if err != nil {
		if errcall != "" {
			err = wrapSyscallError(errcall, err)
		}
		return nil, err
	}
	nfd := newFD(d, fd.family, fd.sotype, fd.net)
	if err := nfd.init(); err != nil {
		poll.CloseFunc(d)
		return nil, err
	}
	lsa, _ := poll.Getsockname(d)
	af := fd.addrFunc()
	nfd.setAddr(af(lsa), af(rsa))
	return nfd, nil
}

// Raw socket addresses (sockaddr_in, sockaddr_in6; little-endian family,
// big-endian port).

func ipToSockaddr(family int, ip IP, port int, zone string) ([]byte, error) {
	switch family {
	case poll.AF_INET:
		if len(ip) == 0 {
			ip = IPv4zero
		}
		ip4 := ip.To4()
		if ip4 == nil {
			return nil, &AddrError{Err: "non-IPv4 address", Addr: ip.String()}
		}
		sa := make([]byte, 16)
		sa[0] = poll.AF_INET
		sa[2] = byte(port >> 8)
		sa[3] = byte(port)
		copy(sa[4:8], ip4)
		return sa, nil
	case poll.AF_INET6:
		if len(ip) == 0 || ip.Equal(IPv4zero) {
			ip = IPv6zero
		}
		ip6 := ip.To16()
		if ip6 == nil {
			return nil, &AddrError{Err: "non-IPv6 address", Addr: ip.String()}
		}
		sa := make([]byte, 28)
		sa[0] = poll.AF_INET6
		sa[2] = byte(port >> 8)
		sa[3] = byte(port)
		copy(sa[8:24], ip6)
		id := zoneToInt(zone)
		sa[24] = byte(id)
		sa[25] = byte(id >> 8)
		sa[26] = byte(id >> 16)
		sa[27] = byte(id >> 24)
		return sa, nil
	}
	return nil, &AddrError{Err: "invalid address family", Addr: ip.String()}
}

func zoneToInt(zone string) int {
	if zone == "" {
		return 0
	}
	n, i, ok := dtoi(zone)
	if !ok || i != len(zone) {
		return 0
	}
	return n
}

// decodeSockaddr returns the IP, port and zone of a raw address (ip nil
// for an unknown family).
func decodeSockaddr(sa []byte) (IP, int, string) {
	if len(sa) < 2 {
		return nil, 0, ""
	}
	switch int(sa[0]) | int(sa[1])<<8 {
	case poll.AF_INET:
		if len(sa) < 8 {
			return nil, 0, ""
		}
		ip := make(IP, IPv4len)
		copy(ip, sa[4:8])
		return ip, int(sa[2])<<8 | int(sa[3]), ""
	case poll.AF_INET6:
		if len(sa) < 24 {
			return nil, 0, ""
		}
		ip := make(IP, IPv6len)
		copy(ip, sa[8:24])
		zone := ""
		if len(sa) >= 28 {
			id := int(sa[24]) | int(sa[25])<<8 | int(sa[26])<<16 | int(sa[27])<<24
			if id != 0 {
				zone = itoa(id)
			}
		}
		return ip, int(sa[2])<<8 | int(sa[3]), zone
	}
	return nil, 0, ""
}

func sockaddrToTCP(sa []byte) Addr {
	ip, port, zone := decodeSockaddr(sa)
	if ip == nil {
		return nil
	}
	return &TCPAddr{IP: ip, Port: port, Zone: zone}
}

func sockaddrToUDP(sa []byte) Addr {
	ip, port, zone := decodeSockaddr(sa)
	if ip == nil {
		return nil
	}
	return &UDPAddr{IP: ip, Port: port, Zone: zone}
}

// favoriteAddrFamily chooses the address family of a socket, as go does:
// the network's suffix decides; a wildcard listener is dual-stack IPv6;
// otherwise IPv4 when both addresses are IPv4.
func favoriteAddrFamily(network string, laddr, raddr sockaddr, listen bool) (family int, ipv6only bool) {
	switch network[len(network)-1] {
	case '4':
		return poll.AF_INET, false
	case '6':
		return poll.AF_INET6, true
	}
	if listen && laddr != nil && laddr.isWildcard() {
		return poll.AF_INET6, false
	}
	if (laddr == nil || laddr.family() == poll.AF_INET) &&
		(raddr == nil || raddr.family() == poll.AF_INET) {
		return poll.AF_INET, false
	}
	return poll.AF_INET6, false
}

func ipFamily(ip IP) int {
	if len(ip) <= IPv4len {
		return poll.AF_INET
	}
	if ip.To4() != nil {
		return poll.AF_INET
	}
	return poll.AF_INET6
}

// internetSocket makes a TCP or UDP socket.
func internetSocket(net string, laddr, raddr sockaddr, sotype, proto int, listen bool, deadline time.Time) (*netFD, error) {
	family, ipv6only := favoriteAddrFamily(net, laddr, raddr, listen)
	return socket(net, family, sotype, proto, ipv6only, laddr, raddr, listen, deadline)
}
