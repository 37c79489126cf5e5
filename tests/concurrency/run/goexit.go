// run

// runtime.Goexit runs the goroutine's deferred calls (recover returns nil
// in them) and ends it; code after Goexit does not run.

package main

import (
	"fmt"
	"runtime"
	"sync"
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
	fmt.Println(runtime.NumGoroutine())
}
