// run

package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

// clean replaces the addresses of an error text by placeholders.
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
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			close(accepted)
			return
		}
		accepted <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	s := <-accepted
	addrs := []net.Addr{c.LocalAddr(), c.RemoteAddr()}

	// A read deadline fires.
	buf := make([]byte, 10)
	start := time.Now()
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	n, err := c.Read(buf)
	el := time.Since(start)
	fmt.Println("read:", n, clean(err, addrs...), el >= 40*time.Millisecond, el < time.Second)
	var ne net.Error
	fmt.Println("net.Error:", errors.As(err, &ne), ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
	var oe *net.OpError
	fmt.Println("OpError:", errors.As(err, &oe), oe.Op, oe.Net, oe.Source == c.LocalAddr(), oe.Addr == c.RemoteAddr())

	// Still expired: fails at once, even when data is there.
	s.Write([]byte("hi"))
	time.Sleep(10 * time.Millisecond)
	_, err = c.Read(buf)
	fmt.Println("expired:", clean(err, addrs...))

	// Reset: data arrives.
	c.SetReadDeadline(time.Time{})
	n, err = c.Read(buf)
	fmt.Println("reset:", string(buf[:n]), err)

	// Extending a deadline while a Read waits.
	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	go func() {
		time.Sleep(10 * time.Millisecond)
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		time.Sleep(50 * time.Millisecond)
		s.Write([]byte("late"))
	}()
	n, err = c.Read(buf)
	fmt.Println("extended:", string(buf[:n]), err)

	// Shortening a deadline while a Read waits.
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	go func() {
		time.Sleep(10 * time.Millisecond)
		c.SetReadDeadline(time.Now().Add(-time.Second))
	}()
	start = time.Now()
	_, err = c.Read(buf)
	fmt.Println("shortened:", clean(err, addrs...), time.Since(start) < time.Second)

	// A deadline in the past.
	c.SetDeadline(time.Now().Add(-time.Minute))
	_, err = c.Write([]byte("x"))
	fmt.Println("write past:", clean(err, addrs...))
	_, err = c.Read(buf)
	fmt.Println("read past:", clean(err, addrs...))
	c.SetDeadline(time.Time{})

	// A write deadline fires when the peer does not read.
	c.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
	big := make([]byte, 1<<20)
	total := 0
	for i := 0; i < 200; i++ {
		n, err = c.Write(big)
		total += n
		if err != nil {
			break
		}
	}
	fmt.Println("write:", clean(err, addrs...), total > 0)
	c.SetWriteDeadline(time.Time{})

	// An accept deadline.
	tl := ln.(*net.TCPListener)
	tl.SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = ln.Accept()
	fmt.Println("accept:", clean(err, ln.Addr()), errors.Is(err, os.ErrDeadlineExceeded))
	tl.SetDeadline(time.Time{})

	// Deadlines on a closed connection.
	c.Close()
	fmt.Println("set on closed:", clean(c.SetDeadline(time.Now()), addrs...))
	fmt.Println("read closed:", func() string { _, err := c.Read(buf); return clean(err, addrs...) }())
	fmt.Println("close again:", clean(c.Close(), addrs...))
	fmt.Println("errors.Is ErrClosed:", errors.Is(c.Close(), net.ErrClosed))

	// The peer sees EOF after draining.
	s.SetReadDeadline(time.Now().Add(time.Second))
	m, err := io.Copy(io.Discard, s)
	fmt.Println("drained:", m == int64(total), err)
	s.Close()
	ln.Close()
}
