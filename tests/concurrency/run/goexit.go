// run

// runtime.Goexit runs the goroutine's deferred calls (recover returns nil
// in them) and ends it; code after Goexit does not run.

package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func worker(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() { out <- "deferred ran" }()
	func() {
		defer func() { out <- fmt.Sprint("recover in Goexit: ", recover()) }()
		runtime.Goexit()
	}()
	out <- "not reached"
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(1)
	go worker(&wg, out)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	// wg.Done ran in a deferred call, so the worker may still be on its
	// way out (as in gc, where a thief can take main before it exits);
	// it must be gone soon.
	n := runtime.NumGoroutine()
	for i := 0; i < 1000 && n > 1; i++ {
		time.Sleep(time.Millisecond)
		n = runtime.NumGoroutine()
	}
	fmt.Println(n)
}
