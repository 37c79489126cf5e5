// A 1 GB allocation spike that must be given back: builds 8M linked
// 128-byte objects (1 GiB), drops them, calls runtime.GC and
// debug.FreeOSMemory, then reads its resident set size from
// /proc/self/statm and prints whether it is under 100 MB.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

const objects = 8 << 20 // 8M x 128 bytes = 1 GiB

type blob struct {
	next *blob
	v    [15]int64
}

// spike builds the list, walks it and returns a checksum; nothing it
// allocated is reachable once it returns.
//
//go:noinline
func spike() uint64 {
	var head *blob
	for i := 0; i < objects; i++ {
		b := &blob{next: head}
		b.v[0] = int64(i)
		b.v[14] = int64(i) * 3
		head = b
	}
	var sum uint64
	n := 0
	for b := head; b != nil; b = b.next {
		sum += uint64(b.v[0]^b.v[14]) + uint64(n&7)
		n++
	}
	return sum + uint64(n)
}

// rssBytes returns the resident set size from /proc/self/statm.
func rssBytes() (int64, error) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, err
	}
	f := strings.Fields(string(data))
	if len(f) < 2 {
		return 0, fmt.Errorf("unexpected statm: %q", data)
	}
	pages, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return 0, err
	}
	return pages * int64(os.Getpagesize()), nil
}

func main() {
	sum := spike()
	fmt.Println("spike objects:", objects, "checksum:", sum)
	runtime.GC()
	debug.FreeOSMemory()
	rss, err := rssBytes()
	if err != nil {
		fmt.Println("statm:", err)
		os.Exit(1)
	}
	if os.Getenv("SPIKE_VERBOSE") != "" {
		fmt.Fprintf(os.Stderr, "rss after FreeOSMemory: %.1f MB\n", float64(rss)/(1<<20))
	}
	fmt.Println("rss under 100MB:", rss < 100<<20)
}
