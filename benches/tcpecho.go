// tcpecho: an echo server on 127.0.0.1 and 50 concurrent clients, each
// doing 2000 request/response round trips of a 64-byte message (Write,
// then io.ReadFull of the echo). Prints the bytes echoed and a checksum.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"sync"
)

const (
	clients = 50
	rounds  = 2000
	msgSize = 64
)

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "tcpecho: %s: %v\n", what, err)
	os.Exit(1)
}

// serve echoes everything it reads until the client closes.
func serve(c net.Conn, wg *sync.WaitGroup) {
	defer wg.Done()
	defer c.Close()
	buf := make([]byte, 4096)
	for {
		n, err := c.Read(buf)
		if n > 0 {
			if _, werr := c.Write(buf[:n]); werr != nil {
				fail("server write", werr)
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fail("server read", err)
		}
	}
}

type result struct {
	bytes      int64
	hash       uint64
	mismatches int
}

// client does the round trips on one connection and hashes what comes back
// (FNV-1a over the echoed bytes).
func client(addr string, id int, res *result, wg *sync.WaitGroup) {
	defer wg.Done()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fail("dial", err)
	}
	msg := make([]byte, msgSize)
	echo := make([]byte, msgSize)
	h := uint64(14695981039346656037)
	for r := 0; r < rounds; r++ {
		for k := range msg {
			msg[k] = byte(id*131 + r*31 + k*7)
		}
		if _, err := c.Write(msg); err != nil {
			fail("client write", err)
		}
		n, err := io.ReadFull(c, echo)
		if err != nil {
			fail("client read", err)
		}
		res.bytes += int64(n)
		for k := 0; k < n; k++ {
			if echo[k] != msg[k] {
				res.mismatches++
			}
			h ^= uint64(echo[k])
			h *= 1099511628211
		}
	}
	res.hash = h
	if err := c.Close(); err != nil {
		fail("client close", err)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail("listen", err)
	}
	addr := ln.Addr().String()

	var servers sync.WaitGroup
	acceptDone := make(chan struct{})
	go func() {
		defer close(acceptDone)
		for i := 0; i < clients; i++ {
			c, err := ln.Accept()
			if err != nil {
				fail("accept", err)
			}
			servers.Add(1)
			go serve(c, &servers)
		}
	}()

	results := make([]result, clients)
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go client(addr, i, &results[i], &wg)
	}
	wg.Wait()
	<-acceptDone
	servers.Wait()
	ln.Close()

	var total int64
	var sum uint64
	mismatches := 0
	for i := range results {
		total += results[i].bytes
		sum = sum*31 + results[i].hash
		mismatches += results[i].mismatches
	}
	fmt.Printf("connections: %d, round trips: %d\n", clients, clients*rounds)
	fmt.Printf("bytes echoed: %d\n", total)
	fmt.Printf("checksum: %016x\n", sum)
	fmt.Printf("mismatched bytes: %d\n", mismatches)
}
