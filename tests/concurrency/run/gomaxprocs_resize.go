// run

// runtime.GOMAXPROCS(n) changes the number of Ps while goroutines run,
// allocate and wait: every goroutine keeps running and every value
// arrives, whether Ps are added or taken away.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

var sink []*[64]int

func work(rounds int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	c := make(chan int, 16)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				p := new([64]int)
				p[0] = i
				mu.Lock()
				sink = append(sink, p)
				if len(sink) > 1000 {
					sink = sink[:0]
				}
				mu.Unlock()
				c <- w + p[0]
			}
		}(w)
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	for v := range c {
		total += v
	}
	return total
}

func main() {
	prev := runtime.GOMAXPROCS(0)
	want := work(2000)
	for _, n := range []int{3, 1, 4, 2, 1, 5} {
		old := runtime.GOMAXPROCS(n)
		got := work(2000)
		fmt.Println("procs", n, "now", runtime.GOMAXPROCS(0), "old ok", old >= 1, "same total", got == want)
	}
	// Changing it while other goroutines compute.
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) {
			s := 0
			for j := 0; j < 3000000; j++ {
				s += j % (i + 3)
			}
			done <- s
		}(i)
	}
	runtime.GOMAXPROCS(1)
	runtime.GOMAXPROCS(3)
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)
	runtime.GOMAXPROCS(prev)
	fmt.Println("restored", runtime.GOMAXPROCS(0) == prev)
}
