// run

// 10,000 and then 100,000 goroutines, each sending one value to a
// channel; main sums them.

package main

import (
	"fmt"
	"sync"
)

func spawn(n int, buffered bool) (int, int) {
	var c chan int
	if buffered {
		c = make(chan int, n)
	} else {
		c = make(chan int)
	}
	for i := 0; i < n; i++ {
		go func(v int) {
			c <- v
		}(i)
	}
	sum, count := 0, 0
	for i := 0; i < n; i++ {
		sum += <-c
		count++
	}
	return count, sum
}

func main() {
	fmt.Println(spawn(10000, false))
	fmt.Println(spawn(100000, false))
	fmt.Println(spawn(100000, true))

	// 100,000 goroutines each blocked until main closes a channel.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	gate := make(chan struct{})
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			total += i % 7
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("gated", total)
}
