// Benchmark: recursion 1,000,000 deep with a 256-byte local array in every
// frame (stack growth and copying), run in 4 fresh goroutines one after
// another; prints a checksum.
package main

import "fmt"

const depth = 1000000

func down(n int, seed uint64) uint64 {
	var frame [32]uint64
	for i := range frame {
		frame[i] = seed + uint64(i*n)
	}
	if n == 0 {
		return frame[31]
	}
	r := down(n-1, frame[n%32]*2654435761+seed)
	return r*31 + frame[(n+7)%32]
}

func main() {
	var sum uint64
	for round := 0; round < 4; round++ {
		res := make(chan uint64)
		go func() {
			res <- down(depth, uint64(round+1))
		}()
		sum += <-res
	}
	fmt.Println("recursion: checksum", sum)
}
