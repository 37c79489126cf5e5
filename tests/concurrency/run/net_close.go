// run

package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"
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
	// Connection refused: dial a port that was just closed.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	addr := ln.Addr()
	ln.Close()
	_, err = net.Dial("tcp", addr.String())
	fmt.Println("dial:", clean(err, addr))
	var oe *net.OpError
	fmt.Println(errors.As(err, &oe), oe.Op, oe.Net, oe.Source == nil, oe.Addr.String() == addr.String(), oe.Timeout(), oe.Temporary())
	fmt.Println("ECONNREFUSED:", errors.Is(err, syscall.ECONNREFUSED))
	_, err = net.DialTimeout("tcp", addr.String(), time.Second)
	fmt.Println("dial timeout:", clean(err, addr))
	_, err = net.DialTCP("tcp", nil, addr.(*net.TCPAddr))
	fmt.Println("dialtcp:", clean(err, addr))

	// A dial whose deadline has passed does not try.
	d := net.Dialer{Deadline: time.Now().Add(-time.Second)}
	_, err = d.Dial("tcp", addr.String())
	fmt.Println("dial expired:", clean(err, addr))
	if ne, ok := err.(net.Error); ok {
		fmt.Println(ne.Timeout())
	}
	d = net.Dialer{Timeout: time.Nanosecond}
	_, err = d.Dial("tcp", addr.String())
	fmt.Println("dial 1ns:", clean(err, addr))

	// Bad dial arguments.
	_, err = net.Dial("tcp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Dial("foo", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Dial("tcp6", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.DialTCP("tcp", nil, nil)
	fmt.Println(err)
	_, err = net.Listen("tcp", "127.0.0.1:99999")
	fmt.Println(err)

	// Closing a listener while Accept blocks.
	ln, err = net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	done := make(chan error)
	go func() {
		_, err := ln.Accept()
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("close:", ln.Close())
	err = <-done
	fmt.Println("accept:", clean(err, ln.Addr()))
	fmt.Println(errors.Is(err, net.ErrClosed), errors.As(err, &oe), oe.Temporary(), oe.Timeout())
	fmt.Println("close again:", clean(ln.Close(), ln.Addr()))
	_, err = ln.Accept()
	fmt.Println("accept again:", clean(err, ln.Addr()))

	// Address in use.
	ln, _ = net.Listen("tcp", "127.0.0.1:0")
	_, err = net.Listen("tcp", ln.Addr().String())
	fmt.Println("in use:", clean(err, ln.Addr()), errors.Is(err, syscall.EADDRINUSE))

	// Closing a connection while Read and Write block in other goroutines.
	go func() {
		c, err := ln.Accept()
		if err == nil {
			time.Sleep(200 * time.Millisecond)
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	addrs := []net.Addr{c.LocalAddr(), c.RemoteAddr()}
	rd := make(chan error)
	wr := make(chan error)
	go func() {
		_, err := c.Read(make([]byte, 10))
		rd <- err
	}()
	go func() {
		buf := make([]byte, 1<<20)
		for {
			if _, err := c.Write(buf); err != nil {
				wr <- err
				return
			}
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("close conn:", c.Close())
	fmt.Println("blocked read:", clean(<-rd, addrs...))
	fmt.Println("blocked write:", clean(<-wr, addrs...))
	ln.Close()

	// The peer resets: reads fail.
	ln, _ = net.Listen("tcp", "127.0.0.1:0")
	reset := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			c.Read(make([]byte, 1))
			c.(*net.TCPConn).SetLinger(0)
			c.Close()
		}
		reset <- true
	}()
	c, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	addrs = []net.Addr{c.LocalAddr(), c.RemoteAddr()}
	c.Write([]byte("x"))
	<-reset
	time.Sleep(20 * time.Millisecond)
	_, err = c.Read(make([]byte, 10))
	fmt.Println("reset read:", clean(err, addrs...), errors.Is(err, syscall.ECONNRESET))
	c.Close()
	ln.Close()
}
