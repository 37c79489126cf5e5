// run

// A goroutine blocked in a read system call (a pipe nobody writes to yet)
// keeps data only in its own frames while the others allocate and
// collect: the collector must find that goroutine's frames. The pipe is
// made blocking and wrapped by NewFile, which (as with gc) leaves it off
// the poller, so the read really blocks its thread in the kernel.

package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
)

type node struct {
	next *node
	name string
	vals []int
}

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h, name: strings.Repeat("x", i%7), vals: []int{i, i * 2}}
	}
	return h
}

func check(h *node, n int) bool {
	for i := n - 1; i >= 0; i-- {
		if h == nil || h.vals[0] != i || h.vals[1] != 2*i || len(h.name) != i%7 {
			return false
		}
		h = h.next
	}
	return h == nil
}

func reader(r *os.File, done chan<- string) {
	data := build(5000)
	buf := make([]byte, 16)
	n, err := r.Read(buf)
	done <- fmt.Sprint(string(buf[:n]), " ", err, " ", check(data, 5000))
}

func main() {
	p := make([]int, 2)
	if err := syscall.Pipe(p); err != nil {
		fmt.Println(err)
		return
	}
	r, w := os.NewFile(uintptr(p[0]), "r"), os.NewFile(uintptr(p[1]), "w")
	done := make(chan string)
	go reader(r, done)
	runtime.Gosched()
	for round := 0; round < 20; round++ {
		var keep [][]byte
		for i := 0; i < 2000; i++ {
			keep = append(keep, make([]byte, 64+i%512))
		}
		_ = keep
		runtime.GC()
	}
	w.Write([]byte("hello"))
	fmt.Println(<-done)
}
