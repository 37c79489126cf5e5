// run

package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{
		"1.2.3.4", "0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3", "1.2.3.4.5", "1.2.3.04", "01.2.3.4", "1..2.3",
		"::1", "::", "::ffff:1.2.3.4", "::ffff:0102:0304", "2001:db8::1", "2001:DB8::A", "fe80::1%eth0",
		"2001:db8:0:0:1:0:0:1", "2001:0:0:1:0:0:0:1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
		"1:2:3:4:5:6:7:8::", "1::2::3", "0:0:1::", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
		"12345::", ":1", "1:", ":::", "1:2:3:4:5:6:7", "x", "", " 1.2.3.4", "1.2.3.4 ", "fe80::", "ff02::2",
	} {
		ip := net.ParseIP(s)
		fmt.Printf("%-24q %-22v len=%-2d to4=%v\n", s, ip, len(ip), ip.To4())
	}
	fmt.Println(net.IP{1, 2, 3}.String(), net.IP(nil).String(), net.IP{10, 0, 0, 1}.String())
	fmt.Println(net.IPv4(10, 1, 2, 3), net.IPv4(10, 1, 2, 3).To16(), len(net.IP{1, 2, 3, 4}.To16()))
	fmt.Println(net.IPv4bcast, net.IPv4zero, net.IPv6loopback, net.IPv6unspecified, net.IPv4allsys)

	ips := []string{"127.0.0.1", "127.1.2.3", "::1", "10.1.2.3", "172.16.5.4", "172.32.0.1", "192.168.0.1",
		"8.8.8.8", "224.0.0.1", "239.1.1.1", "169.254.1.1", "fe80::1", "ff02::1", "ff01::1", "fc00::1",
		"2001:db8::1", "0.0.0.0", "::", "255.255.255.255"}
	for _, s := range ips {
		ip := net.ParseIP(s)
		fmt.Printf("%-16s loop=%-5v priv=%-5v mc=%-5v llu=%-5v llm=%-5v ilm=%-5v gu=%-5v unspec=%-5v mask=%v\n", s,
			ip.IsLoopback(), ip.IsPrivate(), ip.IsMulticast(), ip.IsLinkLocalUnicast(),
			ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast(), ip.IsGlobalUnicast(), ip.IsUnspecified(),
			ip.DefaultMask())
	}
	a := net.ParseIP("10.0.0.1")
	fmt.Println(a.Equal(net.IP{10, 0, 0, 1}), net.IP{10, 0, 0, 1}.Equal(a), a.Equal(net.ParseIP("::1")), a.Equal(net.ParseIP("10.0.0.1")))

	// Masks and networks.
	fmt.Println(net.CIDRMask(20, 32), net.CIDRMask(64, 128), net.CIDRMask(33, 32), net.CIDRMask(1, 31), net.IPv4Mask(255, 255, 0, 0))
	for _, m := range []net.IPMask{net.CIDRMask(20, 32), net.IPv4Mask(255, 0, 255, 0), net.CIDRMask(0, 128), nil} {
		ones, bits := m.Size()
		fmt.Println(m, ones, bits)
	}
	fmt.Println(net.ParseIP("192.168.77.5").Mask(net.CIDRMask(20, 32)), net.ParseIP("2001:db8::ff").Mask(net.CIDRMask(120, 128)),
		net.IP{1, 2, 3, 4}.Mask(net.CIDRMask(8, 128)), net.ParseIP("::1").Mask(net.CIDRMask(8, 32)))
	for _, s := range []string{"10.1.2.3/8", "192.168.1.1/24", "192.168.1.1/32", "0.0.0.0/0", "2001:db8::1/64", "::1/128",
		"10.1.2.3/33", "10.1.2.3", "10.1.2.3/", "10.1.2.3/x", "1.2.3.4/08", "::ffff:1.2.3.4/100", "fe80::1%eth0/64", "x/8"} {
		ip, n, err := net.ParseCIDR(s)
		if err != nil {
			var pe *net.ParseError
			fmt.Println(s, "->", err, errors.As(err, &pe))
			continue
		}
		fmt.Println(s, "->", ip, n, n.Network(), len(n.IP), n.Contains(net.ParseIP("10.200.0.1")), n.Contains(net.ParseIP("2001:db8::abcd")))
	}
	n := &net.IPNet{IP: net.IP{10, 0, 0, 0}, Mask: net.IPv4Mask(255, 0, 255, 0)}
	var nilNet *net.IPNet
	fmt.Println(n, nilNet, &net.IPNet{IP: net.IP{1, 2}, Mask: net.CIDRMask(8, 32)})

	// Host and port.
	for _, s := range []string{"a:1", "[::1]:2", "::1", "a", "[a]b:1", "a]:1", "[a:1", ":80", "[]:80", "a:b:c",
		"[::1]:", "[fe80::1%eth0]:80", "[a]:b:c", "[a][b]:1", "localhost:http", "[[a]]:1"} {
		h, p, err := net.SplitHostPort(s)
		fmt.Printf("%q -> %q %q %v\n", s, h, p, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("a", "80"), net.JoinHostPort("", "0"), net.JoinHostPort("fe80::1%eth0", "1"))

	// Resolving literals.
	for _, nw := range []string{"tcp", "tcp4", "tcp6", "udp", "udp6", "ip", ""} {
		for _, s := range []string{"127.0.0.1:80", "[::1]:443", ":0", "1.2.3.4:http", "1.2.3.4:https", "1.2.3.4:99999",
			"1.2.3.4:-1", "1.2.3.4", "1.2.3.4:nosuch", "[::ffff:10.0.0.1]:7", "1.2.3.4:", "1.2.3.4:+12"} {
			ta, err := net.ResolveTCPAddr(nw, s)
			ua, uerr := net.ResolveUDPAddr(nw, s)
			fmt.Printf("%s %q -> %v %v | %v %v\n", nw, s, ta, err, ua, uerr)
		}
	}
	ta, _ := net.ResolveTCPAddr("tcp", "localhost:8080")
	var nilTCP *net.TCPAddr
	var nilUDP *net.UDPAddr
	fmt.Println(ta, ta.Network(), nilTCP, nilUDP)
	fmt.Println(&net.TCPAddr{IP: net.ParseIP("fe80::1"), Port: 1, Zone: "3"}, &net.UDPAddr{Port: 9}, &net.UDPAddr{IP: net.IPv4(1, 2, 3, 4), Port: 53})
	for _, s := range []string{"80", "http", "HTTPS", "domain", "0", "65535", "65536", "-5", "x"} {
		p, err := net.LookupPort("tcp", s)
		q, uerr := net.LookupPort("udp", s)
		fmt.Println(s, p, err, q, uerr)
	}

	// Error values.
	oe := &net.OpError{Op: "read", Net: "tcp", Source: &net.TCPAddr{IP: net.IPv4(1, 1, 1, 1), Port: 1}, Addr: &net.TCPAddr{IP: net.IPv4(2, 2, 2, 2), Port: 2}, Err: errors.New("boom")}
	fmt.Println(oe, oe.Timeout(), oe.Temporary(), errors.Unwrap(oe))
	fmt.Println(&net.OpError{Op: "accept", Net: "tcp", Addr: &net.TCPAddr{Port: 3}, Err: net.ErrClosed})
	var nilOp *net.OpError
	fmt.Println(&net.OpError{Op: "dial", Err: errors.New("x")}, nilOp.Error())
	fmt.Println(&net.AddrError{Err: "bad", Addr: "a"}, &net.AddrError{Err: "bad"}, net.UnknownNetworkError("foo"), net.InvalidAddrError("inv"))
	fmt.Println(&net.DNSError{Err: "no such host", Name: "x", Server: "s"}, &net.ParseError{Type: "IP address", Text: "q"})
	fmt.Println(net.ErrClosed, net.ErrWriteToConnected)
	var ne net.Error = &net.DNSError{IsTimeout: true}
	fmt.Println(ne.Timeout(), ne.Temporary())
	b, err := net.ParseIP("::1").MarshalText()
	fmt.Println(string(b), err)
	var ip net.IP
	fmt.Println(ip.UnmarshalText([]byte("1.2.3.4")), ip, ip.UnmarshalText([]byte("nope")))

	for _, nw := range []string{"ip", "ip4", "ip6", "ip4:icmp", "ip6:58", "ip:foo", "tcp"} {
		for _, s := range []string{"1.2.3.4", "::1", "", "1.2.3.4:80"} {
			a, err := net.ResolveIPAddr(nw, s)
			fmt.Println(nw, s, a, err)
		}
	}
	fmt.Println(&net.IPAddr{IP: net.ParseIP("fe80::1"), Zone: "x"}, (&net.IPAddr{}).Network())
}
