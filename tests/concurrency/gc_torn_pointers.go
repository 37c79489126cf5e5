// run

// Copies and clears of memory that holds pointers move whole words:
// a goroutine reading a slot while others copy a pointer into it or
// clear it sees the pointer or nil, never a mix of their bytes (the
// runtime's copy was `rep movsb`, whose bytes could interleave).

package main

import (
	"fmt"
	"runtime"
	"sync"
)

type pair struct {
	a, b *int
	pad  [8]int // more than 64 bytes: copied by the runtime
}

func main() {
	runtime.GOMAXPROCS(4)
	const slots, rounds = 4, 200000
	targets := make([]*int, slots)
	for i := range targets {
		targets[i] = new(int)
	}
	shared := make([]*int, slots)
	pairs := make([]pair, slots)
	var wg sync.WaitGroup
	bad := make(chan string, 2*slots)
	for i := 0; i < slots; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			full := pair{a: targets[i], b: targets[i]}
			for j := 0; j < rounds; j++ {
				copy(shared[i:i+1], targets[i:i+1])
				clear(shared[i : i+1])
				pairs[i] = full
				pairs[i] = pair{}
			}
		}()
		go func() {
			defer wg.Done()
			for j := 0; j < rounds; j++ {
				var got [1]*int
				copy(got[:], shared[i:i+1])
				p := pairs[i]
				for _, q := range []*int{got[0], p.a, p.b} {
					if q != nil && q != targets[i] {
						bad <- fmt.Sprintf("slot %d: torn pointer %p", i, q)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(bad)
	n := 0
	for range bad {
		n++
	}
	fmt.Println("torn reads:", n)
}
