package net

// IPAddr represents the address of an IP end point.
type IPAddr struct {
	IP   IP
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "ip".
func (a *IPAddr) Network() string { return "ip" }

func (a *IPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ipEmptyString(a.IP)
	if a.Zone != "" {
		return ip + "%" + a.Zone
	}
	return ip
}

// ResolveIPAddr returns an address of IP end point: network is "ip",
// "ip4" or "ip6"; address is an IP literal, "localhost" or empty.
// (Raw IP sockets, DialIP and ListenIP, are not provided.)
func ResolveIPAddr(network, address string) (*IPAddr, error) {
	if network == "" {
		network = "ip"
	}
	afnet, _, err := parseIPNetwork(network)
	if err != nil {
		return nil, err
	}
	switch afnet {
	case "ip", "ip4", "ip6":
	default:
		return nil, UnknownNetworkError(network)
	}
	addrs, err := resolveInternet(afnet, address)
	if err != nil {
		return nil, err
	}
	return &IPAddr{IP: addrs[0].ip, Zone: addrs[0].zone}, nil
}

// parseIPNetwork splits "ip:proto" ("ip4:icmp", "ip6:58") into the
// network and the protocol number (names: icmp, igmp, tcp, udp, ipv6-icmp).
func parseIPNetwork(network string) (string, int, error) {
	i := last(network, ':')
	if i < 0 {
		return network, 0, nil
	}
	afnet, proto := network[:i], network[i+1:]
	switch afnet {
	case "ip", "ip4", "ip6":
	default:
		return "", 0, UnknownNetworkError(network)
	}
	n, j, ok := dtoi(proto)
	if ok && j == len(proto) {
		return afnet, n, nil
	}
	switch lowerASCII(proto) {
	case "icmp":
		return afnet, 1, nil
	case "igmp":
		return afnet, 2, nil
	case "tcp":
		return afnet, 6, nil
	case "udp":
		return afnet, 17, nil
	case "ipv6-icmp", "icmpv6":
		return afnet, 58, nil
	}
	return "", 0, &AddrError{Err: "unknown IP protocol specified", Addr: proto}
}
