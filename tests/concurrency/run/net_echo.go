// run

package main

import (
	"fmt"
	"io"
	"net"
	"sort"
	"strings"
	"sync"
)

func serve(c net.Conn) {
	defer c.Close()
	buf := make([]byte, 1024)
	for {
		n, err := c.Read(buf)
		if n > 0 {
			if _, werr := c.Write([]byte(strings.ToUpper(string(buf[:n])))); werr != nil {
				return
			}
		}
		if err != nil {
			if err != io.EOF {
				fmt.Println("server read:", err)
			}
			return
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("listen:", ln.Addr().Network(), ln.Addr().(*net.TCPAddr).IP)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()

	// One client, several round trips.
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	ra := c.RemoteAddr().(*net.TCPAddr)
	la := c.LocalAddr().(*net.TCPAddr)
	fmt.Println("remote port matches:", ra.Port == ln.Addr().(*net.TCPAddr).Port, ra.IP, la.IP, la.Port != 0)
	for _, msg := range []string{"hello\n", "gopher\n", "echo echo\n"} {
		if _, err := c.Write([]byte(msg)); err != nil {
			fmt.Println(err)
		}
		line := make([]byte, len(msg))
		_, err := io.ReadFull(c, line)
		fmt.Printf("%q %v\n", line, err)
	}
	c.Close()

	// 200 concurrent clients.
	const N = 200
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make([]string, 0, N)
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				mu.Lock()
				results = append(results, "dial error: "+err.Error())
				mu.Unlock()
				return
			}
			defer c.Close()
			msg := fmt.Sprintf("client-%03d", i)
			if _, err := c.Write([]byte(msg)); err != nil {
				mu.Lock()
				results = append(results, "write error: "+err.Error())
				mu.Unlock()
				return
			}
			buf := make([]byte, len(msg))
			if _, err := io.ReadFull(c, buf); err != nil {
				mu.Lock()
				results = append(results, "read error: "+err.Error())
				mu.Unlock()
				return
			}
			mu.Lock()
			results = append(results, string(buf))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Strings(results)
	ok := 0
	for i, s := range results {
		if s == fmt.Sprintf("CLIENT-%03d", i) {
			ok++
		} else {
			fmt.Println("bad:", s)
		}
	}
	fmt.Println("concurrent ok:", ok, "of", N)
	fmt.Println("close:", ln.Close())
}
