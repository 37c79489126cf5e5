// Benchmark: 4 goroutines each do 1,000,000 sync.Mutex Lock/Unlock pairs
// around a shared counter (contended locking, parking and waking).
package main

import (
	"fmt"
	"sync"
)

const (
	workers = 4
	iters   = 1000000
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex: counter", counter)
}
