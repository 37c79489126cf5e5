// run

package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func clean(err error, addrs ...net.Addr) string {
	if err == nil {
		return "<nil>"
	}
	s := err.Error()
	for i, a := range addrs {
		s = strings.ReplaceAll(s, a.String(), fmt.Sprintf("ADDR%d", i))
	}
	return s
}

func main() {
	srv, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println(err)
		return
	}
	sa := srv.LocalAddr().(*net.UDPAddr)
	fmt.Println("server:", sa.Network(), sa.IP, sa.Port != 0)
	// Echo server: upper-cases every datagram back to its sender.
	go func() {
		buf := make([]byte, 2048)
		for {
			n, from, err := srv.ReadFromUDP(buf)
			if err != nil {
				return
			}
			srv.WriteToUDP([]byte(strings.ToUpper(string(buf[:n]))), from)
		}
	}()

	// Unconnected client.
	cl, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	buf := make([]byte, 2048)
	for _, m := range []string{"one", "two", "", "three"} {
		n, err := cl.WriteTo([]byte(m), sa)
		fmt.Println("writeto:", n, err)
		cl.SetReadDeadline(time.Now().Add(time.Second))
		n, from, err := cl.ReadFrom(buf)
		fmt.Printf("readfrom: %q %v %v\n", buf[:n], from.String() == sa.String(), err)
	}
	// Truncation of a datagram larger than the buffer.
	cl.WriteTo([]byte("0123456789"), sa)
	n, _, err := cl.ReadFrom(buf[:4])
	fmt.Printf("short: %q %v\n", buf[:n], err)

	// Read deadline on a packet conn.
	cl.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	n, from, err := cl.ReadFrom(buf)
	fmt.Println("timeout:", n, from == nil, clean(err, cl.LocalAddr()), errors.Is(err, os.ErrDeadlineExceeded))
	_, err = cl.WriteTo([]byte("x"), &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9})
	fmt.Println("bad addr:", clean(err, cl.LocalAddr()))
	_, err = cl.(*net.UDPConn).WriteToUDP([]byte("x"), nil)
	fmt.Println("nil addr:", clean(err, cl.LocalAddr()))
	_, err = cl.(*net.UDPConn).Write([]byte("x"))
	fmt.Println("write unconnected:", clean(err, cl.LocalAddr()))
	cl.Close()
	_, _, err = cl.ReadFrom(buf)
	fmt.Println("closed:", clean(err, cl.LocalAddr()))

	// Connected client.
	c, err := net.DialUDP("udp", nil, sa)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("dialudp:", c.RemoteAddr().String() == sa.String(), c.LocalAddr().(*net.UDPAddr).IP)
	for i := 0; i < 5; i++ {
		c.Write([]byte(fmt.Sprintf("ping %d", i)))
		c.SetReadDeadline(time.Now().Add(time.Second))
		n, err := c.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
	}
	_, err = c.WriteToUDP([]byte("x"), sa)
	fmt.Println("writeto connected:", clean(err, c.LocalAddr(), sa))
	c.Close()

	// Dial with net.Dial.
	d, err := net.Dial("udp", sa.String())
	if err != nil {
		fmt.Println(err)
		return
	}
	d.Write([]byte("via dial"))
	d.SetReadDeadline(time.Now().Add(time.Second))
	n, err = d.Read(buf)
	fmt.Printf("%q %v %s\n", buf[:n], err, d.RemoteAddr().Network())
	d.Close()

	// Many datagrams in flight.
	c2, _ := net.DialUDP("udp", nil, sa)
	got := 0
	for i := 0; i < 100; i++ {
		c2.Write([]byte("burst"))
	}
	c2.SetReadDeadline(time.Now().Add(time.Second))
	for got < 100 {
		n, err := c2.Read(buf)
		if err != nil {
			fmt.Println(err)
			break
		}
		if string(buf[:n]) == "BURST" {
			got++
		}
	}
	fmt.Println("burst:", got)
	c2.Close()
	srv.Close()

	// Errors.
	_, err = net.ListenUDP("tcp", nil)
	fmt.Println(err)
	_, err = net.DialUDP("udp", nil, nil)
	fmt.Println(err)
	_, err = net.ListenPacket("udp", "1.2.3.4")
	fmt.Println(err)
}
