// run

package main

import (
	"fmt"
	"io"
	"net"
	"strings"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	// The server reads everything until EOF, then answers and closes.
	srvMsg := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		data, err := io.ReadAll(c)
		srvMsg <- fmt.Sprintf("server got %q %v", data, err)
		c.Write([]byte("got " + fmt.Sprint(len(data)) + " bytes"))
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	tc := c.(*net.TCPConn)
	fmt.Println(tc.SetNoDelay(false), tc.SetNoDelay(true), tc.SetKeepAlive(true), tc.SetLinger(-1))
	io.WriteString(c, "hello, ")
	io.WriteString(c, "half-closed world")
	fmt.Println("closewrite:", tc.CloseWrite())
	_, err = c.Write([]byte("more"))
	fmt.Println("write after closewrite:", strings.Replace(strings.Replace(err.Error(), c.LocalAddr().String(), "L", 1), c.RemoteAddr().String(), "R", 1))
	reply, err := io.ReadAll(c)
	fmt.Println(<-srvMsg)
	fmt.Printf("client got %q %v\n", reply, err)
	n, err := c.Read(make([]byte, 4))
	fmt.Println("read after EOF:", n, err)
	fmt.Println("close:", c.Close())

	// CloseRead: a read returns EOF at once.
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		io.Copy(io.Discard, c)
		c.Close()
	}()
	c, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("closeread:", c.(*net.TCPConn).CloseRead())
	n, err = c.Read(make([]byte, 4))
	fmt.Println("read after closeread:", n, err)
	n, err = c.Write([]byte("still writable"))
	fmt.Println("write after closeread:", n, err)
	c.Close()
	fmt.Println("closewrite after close:", strings.Replace(strings.Replace(c.(*net.TCPConn).CloseWrite().Error(), c.LocalAddr().String(), "L", 1), c.RemoteAddr().String(), "R", 1))
}
