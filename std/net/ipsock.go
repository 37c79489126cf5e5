package net

import (
	"os"
	"sync"
)

// SplitHostPort splits a network address of the form "host:port",
// "host%zone:port", "[host]:port" or "[host%zone]:port" into host (or
// host%zone) and port.
func SplitHostPort(hostport string) (host, port string, err error) {
	fail := func(why string) (string, string, error) {
		return "", "", &AddrError{Err: why, Addr: hostport}
	}
	colon := last(hostport, ':')
	if colon < 0 {
		return fail("missing port in address")
	}
	rest := hostport // where no '[' may appear
	tail := hostport // where no ']' may appear
	if hostport[0] == '[' {
		rb := byteIndex(hostport, ']')
		if rb < 0 {
			return fail("missing ']' in address")
		}
		if rb+1 != colon {
			if rb+1 < len(hostport) && hostport[rb+1] == ':' {
				return fail("too many colons in address")
			}
			return fail("missing port in address")
		}
		host = hostport[1:rb]
		rest = hostport[1:]
		tail = hostport[rb+1:]
	} else {
		host = hostport[:colon]
		if byteIndex(host, ':') >= 0 {
			return fail("too many colons in address")
		}
	}
	if byteIndex(rest, '[') >= 0 {
		return fail("unexpected '[' in address")
	}
	if byteIndex(tail, ']') >= 0 {
		return fail("unexpected ']' in address")
	}
	return host, hostport[colon+1:], nil
}

func splitHostZone(s string) (host, zone string) {
	// The IPv6 scoped addressing zone identifier starts after the last
	// percent sign.
	if i := last(s, '%'); i > 0 {
		host, zone = s[:i], s[i+1:]
	} else {
		host = s
	}
	return
}

// JoinHostPort combines host and port into a network address of the form
// "host:port"; a host containing a colon becomes "[host]:port".
func JoinHostPort(host, port string) string {
	if byteIndex(host, ':') >= 0 {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
}

func last(s string, b byte) int {
	i := len(s)
	for i--; i >= 0; i-- {
		if s[i] == b {
			break
		}
	}
	return i
}

func byteIndex(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// services maps protocol ("tcp", "udp") and lower-case service name to
// port: a few well-known ports plus, once loaded, /etc/services.
var services = map[string]map[string]int{
	"udp": {
		"domain": 53,
	},
	"tcp": {
		"ftp":    21,
		"ftps":   990,
		"gopher": 70,
		"http":   80,
		"https":  443,
		"imap2":  143,
		"imap3":  220,
		"imaps":  993,
		"pop3":   110,
		"pop3s":  995,
		"ssh":    22,
		"telnet": 23,
	},
}

var servicesOnce sync.Once

// readServices adds the entries of /etc/services ("name port/proto
// aliases... # comment"); the first entry of a name wins.
func readServices() {
	data, err := os.ReadFile("/etc/services")
	if err != nil {
		return
	}
	for len(data) > 0 {
		line := data
		if i := byteIndex(string(data), '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if i := byteIndex(string(line), '#'); i >= 0 {
			line = line[:i]
		}
		f := fields(string(line))
		if len(f) < 2 {
			continue
		}
		slash := byteIndex(f[1], '/')
		if slash < 0 {
			continue
		}
		port, j, ok := dtoi(f[1][:slash])
		if !ok || j != slash || port > 0xFFFF {
			continue
		}
		proto := f[1][slash+1:]
		m := services[proto]
		if m == nil {
			m = make(map[string]int)
			services[proto] = m
		}
		for k, name := range f {
			if k == 1 {
				continue
			}
			name = lowerASCII(name)
			if _, dup := m[name]; !dup {
				m[name] = port
			}
		}
	}
}

// fields splits s at runs of spaces and tabs.
func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\t' || s[i] == '\r' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// parsePort reads a decimal port with an optional sign; needsLookup
// when service is not a number ("" is port 0). Magnitudes are capped at
// 1<<20, which the range check then rejects.
func parsePort(service string) (port int, needsLookup bool) {
	s := service
	sign := 1
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	v := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, true
		}
		if v < 1<<20 {
			v = v*10 + int(c-'0')
		}
	}
	if v > 1<<20 {
		v = 1 << 20
	}
	return sign * v, false
}

// LookupPort looks up the port for the given network and service.
func LookupPort(network, service string) (port int, err error) {
	port, needsLookup := parsePort(service)
	if needsLookup {
		switch network {
		case "", "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "ip", "ip4", "ip6":
		default:
			return 0, &AddrError{Err: "unknown network", Addr: network}
		}
		proto := network
		if len(proto) > 3 {
			proto = proto[:3]
		}
		if proto == "" {
			proto = "tcp"
		}
		servicesOnce.Do(readServices)
		p, ok := services[proto][lowerASCII(service)]
		if !ok {
			return 0, &DNSError{Err: "unknown port", Name: network + "/" + service, IsNotFound: true}
		}
		port = p
	}
	if port < 0 || port > 0xFFFF {
		return 0, &AddrError{Err: "invalid port", Addr: service}
	}
	return port, nil
}

// LookupHost looks up the given host: IP literals and "localhost" only
// (no resolver).
func LookupHost(host string) (addrs []string, err error) {
	ips, err := LookupIP(host)
	if err != nil {
		return nil, err
	}
	for _, ip := range ips {
		addrs = append(addrs, ip.String())
	}
	return addrs, nil
}

// LookupIP looks up host: IP literals and "localhost" only.
func LookupIP(host string) ([]IP, error) {
	if host == "" {
		return nil, &DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	if ip := ParseIP(host); ip != nil {
		return []IP{ip}, nil
	}
	if lowerASCII(host) == "localhost" || lowerASCII(host) == "localhost." {
		return []IP{IPv4(127, 0, 0, 1), IPv6loopback}, nil
	}
	return nil, &DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

// ipAddrPort is one resolved address.
type ipAddrPort struct {
	ip   IP
	zone string
	port int
}

// resolveInternet resolves "host:port" for net ("tcp", "tcp4", "tcp6",
// "udp", ...; for "ip*" networks addr has no port) into candidate
// addresses, preferring IPv4 for the dual networks, as go does.
func resolveInternet(net, addr string) ([]ipAddrPort, error) {
	var host, port string
	var portnum int
	var err error
	switch net {
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		if addr != "" {
			if host, port, err = SplitHostPort(addr); err != nil {
				return nil, err
			}
			if portnum, err = LookupPort(net, port); err != nil {
				return nil, err
			}
		}
	case "ip", "ip4", "ip6":
		if addr != "" {
			host = addr
		}
	default:
		return nil, UnknownNetworkError(net)
	}
	if host == "" {
		return []ipAddrPort{{port: portnum}}, nil
	}
	last := net[len(net)-1]
	want4, want6 := last != '6', last != '4'
	if ip := ParseIP(host); ip != nil {
		is4 := ip.To4() != nil
		if (is4 && !want4) || (!is4 && !want6) {
			return nil, &AddrError{Err: errNoSuitableAddress.Error(), Addr: host}
		}
		return []ipAddrPort{{ip: ip, port: portnum}}, nil
	}
	h, zone := splitHostZone(host)
	if zone != "" {
		if ip := ParseIP(h); ip != nil && ip.To4() == nil {
			if !want6 {
				return nil, &AddrError{Err: errNoSuitableAddress.Error(), Addr: host}
			}
			return []ipAddrPort{{ip: ip, zone: zone, port: portnum}}, nil
		}
	}
	ips, err := LookupIP(host)
	if err != nil {
		return nil, err
	}
	var out []ipAddrPort
	for _, ip := range ips {
		is4 := ip.To4() != nil
		if (is4 && want4) || (!is4 && want6) {
			out = append(out, ipAddrPort{ip: ip, port: portnum})
		}
	}
	if len(out) == 0 {
		return nil, &AddrError{Err: errNoSuitableAddress.Error(), Addr: host}
	}
	return out, nil
}
