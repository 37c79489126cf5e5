// run

// Reads that empty the socket's buffer, then read again: the next read
// must see data and EOF that are already queued, wait for data that is
// not, and end on a deadline or a close while it waits.

package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	addr := ln.Addr().String()

	// 1. Data and FIN both queued before the first read: the short read
	// leaves the EOF, which the second read must return at once.
	done := make(chan string)
	go func() {
		c, _ := ln.Accept()
		buf := make([]byte, 100)
		n1, err1 := c.Read(buf)
		n2, err2 := c.Read(buf)
		c.Close()
		done <- fmt.Sprint(n1, err1, n2, err2)
	}()
	c, _ := net.Dial("tcp", addr)
	c.Write([]byte("hello"))
	c.(*net.TCPConn).CloseWrite()
	fmt.Println("queued data and EOF:", <-done)
	c.Close()

	// 2. Request-response: every read is short, and the next one waits.
	go func() {
		c, _ := ln.Accept()
		buf := make([]byte, 64)
		for {
			n, err := c.Read(buf)
			if err != nil {
				break
			}
			c.Write(buf[:n])
		}
		c.Close()
	}()
	c, _ = net.Dial("tcp", addr)
	sum := 0
	rbuf := make([]byte, 32)
	for i := 0; i < 1000; i++ {
		msg := []byte(fmt.Sprint("ping ", i))
		c.Write(msg)
		got := 0
		for got < len(msg) {
			n, err := c.Read(rbuf)
			if err != nil {
				fmt.Println("read:", err)
				return
			}
			got += n
		}
		sum += got
	}
	fmt.Println("echoed bytes:", sum)

	// 3. A deadline while waiting after a short read.
	c.Write([]byte("x"))
	n, err := c.Read(rbuf)
	fmt.Println("read:", n, err)
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = c.Read(rbuf)
	fmt.Println("deadline:", errors.Is(err, os.ErrDeadlineExceeded))
	c.SetReadDeadline(time.Time{})

	// 4. A close while waiting after a short read.
	go func() {
		time.Sleep(50 * time.Millisecond)
		c.Close()
	}()
	_, err = c.Read(rbuf)
	fmt.Println("closed:", errors.Is(err, net.ErrClosed))

	// 5. Data that arrives while the reader waits.
	go func() {
		c, _ := ln.Accept()
		for i := 0; i < 3; i++ {
			time.Sleep(10 * time.Millisecond)
			c.Write([]byte("chunk"))
		}
		c.Close()
	}()
	c, _ = net.Dial("tcp", addr)
	all, err := io.ReadAll(c)
	fmt.Println("chunks:", string(all), err)
	c.Close()
}
