// run

package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
)

func main() {
	const size = 10 << 20
	data := make([]byte, size)
	x := uint32(12345)
	for i := range data {
		x = x*1664525 + 1013904223
		data[i] = byte(x >> 24)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	// Echo server: io.Copy from the connection to itself.
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		n, err := io.Copy(c, c)
		fmt.Println("server copied", n, err)
		c.(*net.TCPConn).CloseWrite()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	done := make(chan bool)
	var got bytes.Buffer
	go func() {
		n, err := io.Copy(&got, c)
		fmt.Println("client received", n, err)
		done <- true
	}()
	n, err := io.Copy(c, bytes.NewReader(data))
	fmt.Println("client sent", n, err)
	c.(*net.TCPConn).CloseWrite()
	<-done
	fmt.Println("same:", bytes.Equal(got.Bytes(), data))
	c.Close()

	// ReadFrom with a plain reader, and WriteTo into a plain writer.
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		tc := c.(*net.TCPConn)
		n, err := tc.ReadFrom(io.LimitReader(bytes.NewReader(data), 3<<20))
		fmt.Println("readfrom", n, err)
		tc.Close()
	}()
	c, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	var w bytes.Buffer
	m, err := c.(*net.TCPConn).WriteTo(&w)
	fmt.Println("writeto", m, err, bytes.Equal(w.Bytes(), data[:3<<20]))
	c.Close()
	ln.Close()
}
