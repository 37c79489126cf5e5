// run

// Pipes from os.Pipe are on the poller, as with gc: a goroutine waiting to
// read or write one parks without holding a thread, read and write
// deadlines fire (and can be cleared), Close wakes a waiting reader, and
// data streams through intact between goroutines.

package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// threads is the process's thread count from /proc/self/status.
func threads() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "Threads:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
	}
	return -1
}

func main() {
	// 200 readers, each waiting on its own pipe.
	const n = 200
	var wg sync.WaitGroup
	writers := make([]*os.File, n)
	sums := make([]int, n)
	for i := 0; i < n; i++ {
		r, w, err := os.Pipe()
		if err != nil {
			panic(err)
		}
		writers[i] = w
		wg.Add(1)
		go func(i int, r *os.File) {
			defer wg.Done()
			b := make([]byte, 8)
			for {
				m, err := r.Read(b)
				for _, c := range b[:m] {
					sums[i] += int(c)
				}
				if err != nil {
					r.Close()
					return
				}
			}
		}(i, r)
	}
	time.Sleep(50 * time.Millisecond)
	t := threads()
	fmt.Println("threads while 200 readers wait under 20:", t > 0 && t < 20)
	for i, w := range writers {
		w.Write([]byte{byte(i), 1})
		w.Close()
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("bytes summed:", total)

	// Deadlines.
	r, w, _ := os.Pipe()
	buf := make([]byte, 16)
	r.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	m, err := r.Read(buf)
	fmt.Println("read past deadline:", m, err, errors.Is(err, os.ErrDeadlineExceeded))
	r.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(20 * time.Millisecond)
		w.Write([]byte("late"))
	}()
	m, err = r.Read(buf)
	fmt.Println("read after clearing it:", string(buf[:m]), err)

	w.SetWriteDeadline(time.Now().Add(20 * time.Millisecond))
	m, err = w.Write(make([]byte, 4<<20))
	fmt.Println("write into a full pipe:", m > 0 && m < 4<<20, err, errors.Is(err, os.ErrDeadlineExceeded))
	w.SetWriteDeadline(time.Time{})
	r.Close() // also keeps r reachable: go's finalizer would close it
	w.Close()

	// Close wakes a waiting reader.
	r2, w2, _ := os.Pipe()
	got := make(chan error)
	go func() {
		_, err := r2.Read(buf)
		got <- err
	}()
	time.Sleep(10 * time.Millisecond)
	r2.Close()
	err = <-got
	fmt.Println("reader woken by close:", err, errors.Is(err, os.ErrClosed))
	fmt.Println("close again:", r2.Close())
	w2.Close()

	// 8 MB through a pipe, written in uneven pieces.
	r3, w3, _ := os.Pipe()
	go func() {
		chunk := make([]byte, 100003)
		for i := range chunk {
			chunk[i] = byte(i * 7)
		}
		left := 8 << 20
		for left > 0 {
			k := min(left, len(chunk))
			if _, err := w3.Write(chunk[:k]); err != nil {
				panic(err)
			}
			left -= k
		}
		w3.Close()
	}()
	var total3, sum3 int
	big := make([]byte, 65536)
	for {
		k, err := r3.Read(big)
		for _, c := range big[:k] {
			sum3 += int(c)
		}
		total3 += k
		if err != nil {
			fmt.Println("streamed:", total3, sum3, err)
			break
		}
	}
	r3.Close()

	// A regular file is not on the poller.
	f, err := os.Open("/proc/self/status")
	if err != nil {
		panic(err)
	}
	fmt.Println("regular file deadline:", f.SetDeadline(time.Now()))
	f.Close()
}
