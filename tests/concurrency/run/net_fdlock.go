// run

// One connection shared by several goroutines: concurrent writes do not
// interleave (each Write holds the descriptor's write lock to the end),
// and Close wakes readers parked in the poller and readers queued for the
// read lock alike, each with net.ErrClosed.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	accepted := make(chan net.Conn)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		accepted <- c
	}()
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	server := <-accepted

	// 4 writers, 8 writes of 64 KB each, every write one repeated byte.
	const writers, writes, size = 4, 8, 64 << 10
	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < writes; k++ {
				b := bytes.Repeat([]byte{byte('a' + w*writes + k)}, size)
				if _, err := client.Write(b); err != nil {
					panic(err)
				}
			}
		}()
	}
	all := make([]byte, writers*writes*size)
	if _, err := io.ReadFull(server, all); err != nil {
		panic(err)
	}
	wg.Wait()
	whole := true
	seen := map[byte]bool{}
	for i := 0; i < len(all); i += size {
		chunk := all[i : i+size]
		if bytes.Count(chunk, chunk[:1]) != size || seen[chunk[0]] {
			whole = false
		}
		seen[chunk[0]] = true
	}
	fmt.Println("writes arrived whole:", whole, "distinct:", len(seen))

	// 4 readers on a connection nobody writes to, then Close.
	errs := make(chan error, 4)
	for r := 0; r < 4; r++ {
		go func() {
			buf := make([]byte, 16)
			_, err := server.Read(buf)
			errs <- err
		}()
	}
	time.Sleep(20 * time.Millisecond)
	server.Close()
	closed := 0
	for r := 0; r < 4; r++ {
		select {
		case err := <-errs:
			if errors.Is(err, net.ErrClosed) {
				closed++
			} else {
				fmt.Println("unexpected:", err)
			}
		case <-time.After(5 * time.Second):
			fmt.Println("a reader did not wake")
		}
	}
	fmt.Println("readers woken by Close:", closed)
	_, err = server.Read(make([]byte, 1))
	fmt.Println("read after close:", err != nil && errors.Is(err, net.ErrClosed))
	err = server.Close()
	fmt.Println("second close:", errors.Is(err, net.ErrClosed))
	client.Close()
	ln.Close()
}
