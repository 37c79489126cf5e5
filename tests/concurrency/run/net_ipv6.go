// run

package main

import (
	"fmt"
	"io"
	"net"
	"strconv"
	"time"
)

var info = make(chan string, 10)

func echoOnce(ln net.Listener) {
	c, err := ln.Accept()
	if err != nil {
		info <- fmt.Sprint("accept: ", err)
		return
	}
	ra := c.RemoteAddr().(*net.TCPAddr)
	la := c.LocalAddr().(*net.TCPAddr)
	info <- fmt.Sprint("accepted from ", ra.IP, " len ", len(ra.IP), " on ", la.IP, " len ", len(la.IP))
	io.Copy(c, c)
	c.Close()
}

func roundTrip(network, addr string) {
	c, err := net.Dial(network, addr)
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	fmt.Println("dialed", network, c.LocalAddr().(*net.TCPAddr).IP, "->", c.RemoteAddr().(*net.TCPAddr).IP)
	c.Write([]byte("v6 or not"))
	c.(*net.TCPConn).CloseWrite()
	b, err := io.ReadAll(c)
	fmt.Printf("%q %v\n", b, err)
	c.Close()
	fmt.Println(<-info)
}

func main() {
	// IPv6 loopback.
	ln, err := net.Listen("tcp6", "[::1]:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	a := ln.Addr().(*net.TCPAddr)
	fmt.Println("listen:", a.IP, len(a.IP), a.Network())
	go func() {
		echoOnce(ln)
		echoOnce(ln)
	}()
	roundTrip("tcp6", a.String())
	roundTrip("tcp", "[::1]:"+strconv.Itoa(a.Port))
	time.Sleep(10 * time.Millisecond)
	ln.Close()

	// A dual-stack wildcard listener accepts IPv4 and IPv6 connections.
	ln, err = net.Listen("tcp", ":0")
	if err != nil {
		fmt.Println(err)
		return
	}
	a = ln.Addr().(*net.TCPAddr)
	fmt.Println("wildcard:", a.IP, len(a.IP))
	port := strconv.Itoa(a.Port)
	go func() {
		echoOnce(ln)
		echoOnce(ln)
	}()
	roundTrip("tcp4", "127.0.0.1:"+port)
	roundTrip("tcp", "[::1]:"+port)
	time.Sleep(10 * time.Millisecond)
	ln.Close()

	// tcp4 wildcard.
	ln, err = net.Listen("tcp4", ":0")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("tcp4 wildcard:", ln.Addr().(*net.TCPAddr).IP, len(ln.Addr().(*net.TCPAddr).IP))
	go echoOnce(ln)
	roundTrip("tcp", "127.0.0.1:"+strconv.Itoa(ln.Addr().(*net.TCPAddr).Port))
	time.Sleep(10 * time.Millisecond)
	ln.Close()

	// UDP over IPv6.
	u, err := net.ListenUDP("udp6", &net.UDPAddr{IP: net.IPv6loopback})
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := net.DialUDP("udp6", nil, u.LocalAddr().(*net.UDPAddr))
	if err != nil {
		fmt.Println(err)
		return
	}
	v.Write([]byte("datagram"))
	buf := make([]byte, 64)
	u.SetReadDeadline(time.Now().Add(time.Second))
	n, from, err := u.ReadFromUDP(buf)
	fmt.Printf("%q %v %v\n", buf[:n], from.IP, err)
	u.WriteToUDP([]byte("reply"), from)
	v.SetReadDeadline(time.Now().Add(time.Second))
	n, err = v.Read(buf)
	fmt.Printf("%q %v\n", buf[:n], err)
	u.Close()
	v.Close()

	// An IPv4 address on an IPv6-only socket.
	_, err = net.ListenUDP("udp6", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	fmt.Println(err)
	_, err = net.ListenTCP("tcp4", &net.TCPAddr{IP: net.IPv6loopback})
	fmt.Println(err)
}
