// Benchmark: 1,000,000 goroutines each block on a receive from one
// channel; main closes the channel and waits with a WaitGroup (goroutine
// creation, parking, a mass wake-up, stack memory).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const n = 1000000

func main() {
	var wg sync.WaitGroup
	var woken atomic.Int64
	gate := make(chan struct{})
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			<-gate
			woken.Add(1)
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("spawn: woken", woken.Load())
}
