package net

import (
	"internal/poll"
	"io"
	"syscall"
	"time"
)

// TCPAddr represents the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "tcp".
func (a *TCPAddr) Network() string { return "tcp" }

func ipEmptyString(ip IP) string {
	if len(ip) == 0 {
		return ""
	}
	return ip.String()
}

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ipEmptyString(a.IP)
	if a.Zone != "" {
		return JoinHostPort(ip+"%"+a.Zone, itoa(a.Port))
	}
	return JoinHostPort(ip, itoa(a.Port))
}

func (a *TCPAddr) isWildcard() bool {
	if a == nil || a.IP == nil {
		return true
	}
	return a.IP.IsUnspecified()
}

func (a *TCPAddr) family() int {
	if a == nil {
		return poll.AF_INET
	}
	return ipFamily(a.IP)
}

func (a *TCPAddr) sockaddr(family int) ([]byte, error) {
	if a == nil {
		return nil, nil
	}
	return ipToSockaddr(family, a.IP, a.Port, a.Zone)
}

func (a *TCPAddr) opAddr() Addr {
	if a == nil {
		return nil
	}
	return a
}

func (a *TCPAddr) sa() sockaddr {
	if a == nil {
		return nil
	}
	return a
}

// ResolveTCPAddr returns an address of TCP end point: network is "tcp",
// "tcp4" or "tcp6"; address is "host:port" with an IP literal,
// "localhost" or an empty host.
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	case "":
		network = "tcp"
	default:
		return nil, UnknownNetworkError(network)
	}
	addrs, err := resolveInternet(network, address)
	if err != nil {
		return nil, err
	}
	a := addrs[0]
	return &TCPAddr{IP: a.ip, Port: a.port, Zone: a.zone}, nil
}

// TCPConn is an implementation of the Conn interface for TCP network
// connections.
type TCPConn struct {
	conn
}

func newTCPConn(fd *netFD) *TCPConn {
	fd.setsockoptInt(poll.IPPROTO_TCP, poll.TCP_NODELAY, 1)
	fd.setsockoptInt(poll.SOL_SOCKET, poll.SO_KEEPALIVE, 1)
	fd.setsockoptInt(poll.IPPROTO_TCP, poll.TCP_KEEPIDLE, 15)
	fd.setsockoptInt(poll.IPPROTO_TCP, poll.TCP_KEEPINTVL, 15)
	return &TCPConn{conn{fd}}
}

func (c *TCPConn) opError(op string, err error) error {
	return &OpError{Op: op, Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
}

// CloseRead shuts down the reading side of the TCP connection.
func (c *TCPConn) CloseRead() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.shutdown(poll.SHUT_RD); err != nil {
		return c.opError("close", err)
	}
	return nil
}

// CloseWrite shuts down the writing side of the TCP connection.
func (c *TCPConn) CloseWrite() error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.shutdown(poll.SHUT_WR); err != nil {
		return c.opError("close", err)
	}
	return nil
}

// SetLinger sets the behavior of Close on a connection which still has
// data waiting to be sent or to be acknowledged.
func (c *TCPConn) SetLinger(sec int) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	onoff := 1
	if sec < 0 {
		onoff, sec = 0, 0
	}
	if err := wrapSyscallError("setsockopt", c.fd.pfd.SetsockoptLinger(onoff, sec)); err != nil {
		return c.opError("set", err)
	}
	return nil
}

// SetKeepAlive sets whether the operating system should send keep-alive
// messages on the connection.
func (c *TCPConn) SetKeepAlive(keepalive bool) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.setsockoptInt(poll.SOL_SOCKET, poll.SO_KEEPALIVE, boolint(keepalive)); err != nil {
		return c.opError("set", err)
	}
	return nil
}

// SetKeepAlivePeriod sets the duration the connection needs to remain
// idle before TCP starts sending keepalive probes.
func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	secs := int((d + time.Second - 1) / time.Second)
	if secs < 1 {
		secs = 1
	}
	if err := c.fd.setsockoptInt(poll.IPPROTO_TCP, poll.TCP_KEEPINTVL, secs); err != nil {
		return c.opError("set", err)
	}
	if err := c.fd.setsockoptInt(poll.IPPROTO_TCP, poll.TCP_KEEPIDLE, secs); err != nil {
		return c.opError("set", err)
	}
	return nil
}

// SetNoDelay controls whether the operating system should delay packet
// transmission in hopes of sending fewer packets (Nagle's algorithm).
// The default is true (no delay).
func (c *TCPConn) SetNoDelay(noDelay bool) error {
	if !c.ok() {
		return syscall.EINVAL
	}
	if err := c.fd.setsockoptInt(poll.IPPROTO_TCP, poll.TCP_NODELAY, boolint(noDelay)); err != nil {
		return c.opError("set", err)
	}
	return nil
}

// writerOnly hides a writer's ReadFrom; readerOnly hides WriteTo.
type writerOnly struct {
	io.Writer
}

type readerOnly struct {
	io.Reader
}

// ReadFrom implements the io.ReaderFrom ReadFrom method.
func (c *TCPConn) ReadFrom(r io.Reader) (int64, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := io.Copy(writerOnly{c}, r)
	if err != nil && err != io.EOF {
		err = c.opError("readfrom", err)
	}
	return n, err
}

// WriteTo implements the io.WriterTo WriteTo method.
func (c *TCPConn) WriteTo(w io.Writer) (int64, error) {
	if !c.ok() {
		return 0, syscall.EINVAL
	}
	n, err := io.Copy(w, readerOnly{c})
	if err != nil && err != io.EOF {
		err = c.opError("writeto", err)
	}
	return n, err
}

// DialTCP acts like Dial for TCP networks; a nil laddr lets the system
// choose the local address.
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if raddr == nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: nil, Err: errMissingAddress}
	}
	c, err := dialTCP(network, laddr, raddr, time.Time{})
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr.opAddr(), Err: err}
	}
	return c, nil
}

func dialTCP(network string, laddr, raddr *TCPAddr, deadline time.Time) (*TCPConn, error) {
	fd, err := internetSocket(network, laddr.sa(), raddr.sa(), poll.SOCK_STREAM, 0, false, deadline)
	if err != nil {
		return nil, err
	}
	return newTCPConn(fd), nil
}

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
}

func (l *TCPListener) ok() bool { return l != nil && l.fd != nil }

// AcceptTCP accepts the next incoming call and returns the new connection.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if !l.ok() {
		return nil, syscall.EINVAL
	}
	fd, err := l.fd.accept()
	if err != nil {
		return nil, &OpError{Op: "accept", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return newTCPConn(fd), nil
}

// Accept implements the Accept method in the Listener interface.
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening on the TCP address; blocked Accepts fail.
func (l *TCPListener) Close() error {
	if !l.ok() {
		return syscall.EINVAL
	}
	if err := l.fd.Close(); err != nil {
		return &OpError{Op: "close", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// Addr returns the listener's network address, a *TCPAddr.
func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline sets the deadline of Accept (the zero time: none).
func (l *TCPListener) SetDeadline(t time.Time) error {
	if !l.ok() {
		return syscall.EINVAL
	}
	if err := l.fd.pfd.SetDeadline(t); err != nil {
		return &OpError{Op: "set", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// ListenTCP acts like Listen for TCP networks; a nil laddr or one with
// port 0 picks a free port.
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		laddr = &TCPAddr{}
	}
	ln, err := listenTCP(network, laddr)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: err}
	}
	return ln, nil
}

func listenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	fd, err := internetSocket(network, laddr, nil, poll.SOCK_STREAM, 0, true, time.Time{})
	if err != nil {
		return nil, err
	}
	return &TCPListener{fd: fd}, nil
}
