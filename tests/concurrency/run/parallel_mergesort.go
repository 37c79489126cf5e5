// run

// A parallel merge sort spawning goroutines down to a cutoff, and a
// parallel sum over chunks of a slice.

package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(a, b []int) []int {
	r := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			r = append(r, a[i])
			i++
		} else {
			r = append(r, b[j])
			j++
		}
	}
	r = append(r, a[i:]...)
	return append(r, b[j:]...)
}

func psort(s []int, depth int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	if depth == 0 {
		return merge(psort(s[:mid], 0), psort(s[mid:], 0))
	}
	var left []int
	done := make(chan struct{})
	go func() {
		left = psort(s[:mid], depth-1)
		close(done)
	}()
	right := psort(s[mid:], depth-1)
	<-done
	return merge(left, right)
}

func main() {
	const n = 200000
	data := make([]int, n)
	x := uint64(12345)
	for i := range data {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		data[i] = int(x % 1000000)
	}
	sorted := psort(data, 6)
	fmt.Println(len(sorted), sort.IntsAreSorted(sorted), sorted[0], sorted[n/2], sorted[n-1])
	ref := append([]int(nil), data...)
	sort.Ints(ref)
	same := true
	for i := range ref {
		if ref[i] != sorted[i] {
			same = false
		}
	}
	fmt.Println("matches sort.Ints", same)

	// Parallel chunked sum.
	const chunks = 16
	partial := make([]int, chunks)
	var wg sync.WaitGroup
	size := (n + chunks - 1) / chunks
	for c := 0; c < chunks; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo, hi := c*size, min((c+1)*size, n)
			for _, v := range data[lo:hi] {
				partial[c] += v
			}
		}()
	}
	wg.Wait()
	total, check := 0, 0
	for _, p := range partial {
		total += p
	}
	for _, v := range data {
		check += v
	}
	fmt.Println("sum", total, total == check)
}
