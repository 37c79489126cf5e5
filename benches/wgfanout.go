// Benchmark: a sync.WaitGroup fan-out of 100,000 goroutines, each doing a
// little arithmetic and storing its result in its own slot, repeated for
// 5 rounds; prints the sum.
package main

import (
	"fmt"
	"sync"
)

const (
	n      = 100000
	rounds = 5
)

func work(i int) int {
	h := uint32(i)*2654435761 + 1
	s := 0
	for k := 0; k < 64; k++ {
		h ^= h << 13
		h ^= h >> 17
		h ^= h << 5
		s += int(h & 1023)
	}
	return s
}

func main() {
	results := make([]int, n)
	total := 0
	for r := 0; r < rounds; r++ {
		var wg sync.WaitGroup
		wg.Add(n)
		for i := 0; i < n; i++ {
			go func() {
				defer wg.Done()
				results[i] = work(i + r)
			}()
		}
		wg.Wait()
		for _, v := range results {
			total += v
		}
	}
	fmt.Println("wgfanout: sum", total)
}
