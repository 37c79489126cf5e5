// tcpstream: one TCP connection on 127.0.0.1 streaming 1 GiB in 64 KiB
// writes; the receiving side io.Copy's the connection into a writer that
// counts bytes. Prints the count.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
)

const (
	total = 1 << 30
	chunk = 64 << 10
)

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "tcpstream: %s: %v\n", what, err)
	os.Exit(1)
}

// counter is an io.Writer that only counts bytes and calls.
type counter struct {
	n      int64
	writes int64
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	c.writes++
	return len(p), nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail("listen", err)
	}
	sent := make(chan int64)
	go func() {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			fail("dial", err)
		}
		buf := make([]byte, chunk)
		for i := range buf {
			buf[i] = byte(i * 7)
		}
		var n int64
		for n < total {
			m, err := c.Write(buf)
			if err != nil {
				fail("write", err)
			}
			n += int64(m)
		}
		if err := c.Close(); err != nil {
			fail("close", err)
		}
		sent <- n
	}()

	c, err := ln.Accept()
	if err != nil {
		fail("accept", err)
	}
	var cnt counter
	n, err := io.Copy(&cnt, c)
	if err != nil {
		fail("copy", err)
	}
	c.Close()
	ln.Close()
	s := <-sent
	fmt.Printf("sent: %d bytes in %d KiB writes\n", s, chunk>>10)
	fmt.Printf("received: %d bytes (io.Copy returned %d)\n", cnt.n, n)
	fmt.Printf("match: %v\n", s == cnt.n && n == cnt.n)
}
