package net

import (
	"time"
)

// A Dialer contains options for connecting to an address.
type Dialer struct {
	// Timeout is the maximum amount of time a dial will wait for a
	// connect to complete (0: no timeout besides the system's).
	Timeout time.Duration
	// Deadline is the absolute point in time after which dials fail.
	Deadline time.Time
	// LocalAddr is the local address to use when dialing an address.
	LocalAddr Addr
	// KeepAlive is the keep-alive period (ignored: keep-alives are on).
	KeepAlive time.Duration
}

func (d *Dialer) deadline(now time.Time) time.Time {
	var earliest time.Time
	if d.Timeout != 0 {
		earliest = now.Add(d.Timeout)
	}
	if !d.Deadline.IsZero() && (earliest.IsZero() || d.Deadline.Before(earliest)) {
		earliest = d.Deadline
	}
	return earliest
}

// Dial connects to the address on the named network: "tcp", "tcp4",
// "tcp6", "udp", "udp4", "udp6".
func Dial(network, address string) (Conn, error) {
	var d Dialer
	return d.Dial(network, address)
}

// DialTimeout acts like Dial but takes a timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	d := Dialer{Timeout: timeout}
	return d.Dial(network, address)
}

// Dial connects to the address on the named network.
func (d *Dialer) Dial(network, address string) (Conn, error) {
	deadline := d.deadline(time.Now())
	switch network {
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
	default:
		return nil, &OpError{Op: "dial", Net: network, Source: nil, Addr: nil, Err: UnknownNetworkError(network)}
	}
	addrs, err := resolveInternet(network, address)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: nil, Addr: nil, Err: err}
	}
	isTCP := network[0] == 't'
	var firstErr error
	for _, a := range addrs {
		ip := a.ip
		expired := !deadline.IsZero() && !time.Now().Before(deadline)
		if isTCP {
			raddr := &TCPAddr{IP: ip, Port: a.port, Zone: a.zone}
			var laddr *TCPAddr
			if la, ok := d.LocalAddr.(*TCPAddr); ok {
				laddr = la
			}
			if expired {
				if firstErr == nil {
					firstErr = &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr, Err: errTimeout}
				}
				break
			}
			c, err := dialTCP(network, laddr, raddr, deadline)
			if err == nil {
				return c, nil
			}
			if firstErr == nil {
				firstErr = &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr, Err: err}
			}
		} else {
			raddr := &UDPAddr{IP: ip, Port: a.port, Zone: a.zone}
			var laddr *UDPAddr
			if la, ok := d.LocalAddr.(*UDPAddr); ok {
				laddr = la
			}
			c, err := dialUDP(network, laddr, raddr)
			if err == nil {
				return c, nil
			}
			if firstErr == nil {
				firstErr = &OpError{Op: "dial", Net: network, Source: laddr.opAddr(), Addr: raddr, Err: err}
			}
		}
	}
	return nil, firstErr
}

// ListenConfig contains options for listening to an address.
type ListenConfig struct {
	// KeepAlive is the keep-alive period of accepted connections
	// (ignored: keep-alives are on).
	KeepAlive time.Duration
}

// Listen announces on the local network address.
func (lc *ListenConfig) Listen(network, address string) (Listener, error) {
	return Listen(network, address)
}

// ListenPacket announces on the local network address.
func (lc *ListenConfig) ListenPacket(network, address string) (PacketConn, error) {
	return ListenPacket(network, address)
}

// listenAddr picks the address to listen on: IPv4 first for the dual
// networks, as go does.
func listenAddr(network, address string) (ipAddrPort, error) {
	addrs, err := resolveInternet(network, address)
	if err != nil {
		return ipAddrPort{}, err
	}
	return addrs[0], nil
}

// Listen announces on the local network address: network "tcp", "tcp4"
// or "tcp6"; an empty or unspecified host listens on all local addresses
// (dual-stack for "tcp"), port 0 picks a free port.
func Listen(network, address string) (Listener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: UnknownNetworkError(network)}
	}
	a, err := listenAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: err}
	}
	la := &TCPAddr{IP: a.ip, Port: a.port, Zone: a.zone}
	l, err := listenTCP(network, la)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: la, Err: err}
	}
	return l, nil
}

// ListenPacket announces on the local network address: network "udp",
// "udp4" or "udp6".
func ListenPacket(network, address string) (PacketConn, error) {
	switch network {
	case "udp", "udp4", "udp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: UnknownNetworkError(network)}
	}
	a, err := listenAddr(network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: err}
	}
	la := &UDPAddr{IP: a.ip, Port: a.port, Zone: a.zone}
	c, err := listenUDP(network, la)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: la, Err: err}
	}
	return c, nil
}
