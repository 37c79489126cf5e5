// idleconns: 10,000 TCP connections to a server on 127.0.0.1, each
// accepted connection served by its own goroutine blocked in Read. All are
// kept open and idle (a GC runs meanwhile), then every client sends one
// byte, reads it back and closes; the server goroutines see EOF and close.
// Prints the counts.
//
// Server and clients share one process, so it needs two descriptors per
// connection plus a few: RLIMIT_NOFILE must be at least 20,016 (use
// `ulimit -n 20500`). gocl's syscall package has no Setrlimit, so the
// program cannot raise the limit itself; it checks /proc/self/limits and
// exits with a message instead. IDLECONNS_N=<n> overrides the connection
// count (for machines whose hard limit is lower).
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

const defaultConns = 10000

// spareFDs covers stdin/out/err, the listener and the runtime's poller.
const spareFDs = 16

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "idleconns: %s: %v\n", what, err)
	if strings.Contains(err.Error(), "too many open files") {
		fmt.Fprintf(os.Stderr, "idleconns: out of file descriptors; raise the limit (ulimit -n 20500)\n")
	}
	os.Exit(1)
}

// nofileLimit returns the soft RLIMIT_NOFILE from /proc/self/limits.
func nofileLimit() (int, bool) {
	data, err := os.ReadFile("/proc/self/limits")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "Max open files") {
			continue
		}
		f := strings.Fields(line[len("Max open files"):])
		if len(f) == 0 {
			return 0, false
		}
		if f[0] == "unlimited" {
			return 1 << 30, true
		}
		n, err := strconv.Atoi(f[0])
		return n, err == nil
	}
	return 0, false
}

func main() {
	conns := defaultConns
	if s := os.Getenv("IDLECONNS_N"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "idleconns: bad IDLECONNS_N %q\n", s)
			os.Exit(2)
		}
		conns = n
	}
	need := 2*conns + spareFDs
	if lim, ok := nofileLimit(); ok && lim < need {
		fmt.Fprintf(os.Stderr, "idleconns: %d connections need %d file descriptors but RLIMIT_NOFILE is %d; run `ulimit -n %d` first (or set IDLECONNS_N to at most %d)\n",
			conns, need, lim, need, (lim-spareFDs)/2)
		os.Exit(2)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail("listen", err)
	}

	var (
		servers   sync.WaitGroup
		mu        sync.Mutex
		srvBytes  int
		srvClosed int
	)
	allAccepted := make(chan int)
	go func() {
		accepted := 0
		for accepted < conns {
			c, err := ln.Accept()
			if err != nil {
				fail(fmt.Sprintf("accept (after %d connections)", accepted), err)
			}
			accepted++
			servers.Add(1)
			go func(c net.Conn) {
				defer servers.Done()
				buf := make([]byte, 16)
				echoed := 0
				for {
					n, err := c.Read(buf)
					if n > 0 {
						if _, werr := c.Write(buf[:n]); werr != nil {
							fail("server write", werr)
						}
						echoed += n
					}
					if err == io.EOF {
						break
					}
					if err != nil {
						fail("server read", err)
					}
				}
				if err := c.Close(); err != nil {
					fail("server close", err)
				}
				mu.Lock()
				srvBytes += echoed
				srvClosed++
				mu.Unlock()
			}(c)
		}
		allAccepted <- accepted
	}()

	// Open every connection, one after another.
	addr := ln.Addr().String()
	clients := make([]net.Conn, conns)
	for i := range clients {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			fail(fmt.Sprintf("dial (after %d connections)", i), err)
		}
		clients[i] = c
	}
	accepted := <-allAccepted

	// Everything is idle now: conns server goroutines parked in Read.
	runtime.GC()
	time.Sleep(100 * time.Millisecond)

	// Each client sends one byte, waits for it to come back, closes.
	got := make([]byte, conns)
	var wg sync.WaitGroup
	for i, c := range clients {
		wg.Add(1)
		go func(i int, c net.Conn) {
			defer wg.Done()
			b := []byte{byte(i*7 + 1)}
			if _, err := c.Write(b); err != nil {
				fail("client write", err)
			}
			if _, err := io.ReadFull(c, b); err != nil {
				fail("client read", err)
			}
			got[i] = b[0]
			if err := c.Close(); err != nil {
				fail("client close", err)
			}
		}(i, c)
	}
	wg.Wait()
	servers.Wait()
	ln.Close()

	ok := 0
	sum := 0
	for i, b := range got {
		if b == byte(i*7+1) {
			ok++
		}
		sum += int(b)
	}
	fmt.Printf("connections opened: %d\n", conns)
	fmt.Printf("accepted: %d\n", accepted)
	fmt.Printf("echoes correct: %d (byte sum %d)\n", ok, sum)
	fmt.Printf("server bytes echoed: %d\n", srvBytes)
	fmt.Printf("server closes on EOF: %d\n", srvClosed)
}
