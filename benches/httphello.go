// Benchmark server: an HTTP/1.1 keep-alive "hello" responder written over
// net and bufio (no net/http), one goroutine per connection. It prints its
// address and serves until killed; benches/http.py loads it with wrk.
// HTTPHELLO_ADDR sets the address (default 127.0.0.1:0, any free port).
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os"
)

const response = "HTTP/1.1 200 OK\r\n" +
	"Content-Type: text/plain\r\n" +
	"Content-Length: 13\r\n" +
	"\r\n" +
	"Hello, World!"

func main() {
	addr := os.Getenv("HTTPHELLO_ADDR")
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "httphello:", err)
		os.Exit(1)
	}
	fmt.Println(ln.Addr())
	for {
		c, err := ln.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, "httphello:", err)
			os.Exit(1)
		}
		go serve(c)
	}
}

var connectionClose = []byte("connection: close")

// serve answers every request on c until the client closes it or asks for
// "Connection: close". Responses to pipelined requests are written
// together: the buffer is flushed when no request is left unread.
func serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReaderSize(c, 4096)
	w := bufio.NewWriterSize(c, 4096)
	for {
		// The request line, then headers up to the empty line.
		if _, err := r.ReadSlice('\n'); err != nil {
			return
		}
		keepAlive := true
		for {
			line, err := r.ReadSlice('\n')
			if err != nil {
				return
			}
			if len(line) <= 2 {
				break
			}
			if len(line) >= len(connectionClose) && bytes.EqualFold(line[:len(connectionClose)], connectionClose) {
				keepAlive = false
			}
		}
		if _, err := w.WriteString(response); err != nil {
			return
		}
		if r.Buffered() == 0 || !keepAlive {
			if err := w.Flush(); err != nil {
				return
			}
		}
		if !keepAlive {
			return
		}
	}
}
