// run

// runtime.NumGoroutine counts goroutines that exist now: new goroutines
// are counted as soon as the go statement returns; exited ones are not
// (a goroutine may still be exiting after wg.Done, so main polls).

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func waitFor(n int) int {
	for i := 0; i < 100000; i++ {
		if runtime.NumGoroutine() == n {
			return n
		}
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("start", runtime.NumGoroutine())

	block := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	fmt.Println("after go", runtime.NumGoroutine())
	started.Wait()
	fmt.Println("all blocked", runtime.NumGoroutine())
	close(block)
	fmt.Println("after exit", waitFor(1))

	// Goroutines that finish on their own.
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = i * i
		}()
	}
	wg.Wait()
	fmt.Println("after wait", waitFor(1))

	// Goroutines that start goroutines.
	done := make(chan bool)
	go func() {
		inner := make(chan bool)
		for i := 0; i < 5; i++ {
			go func() { inner <- true }()
		}
		for i := 0; i < 5; i++ {
			<-inner
		}
		done <- true
	}()
	<-done
	fmt.Println("nested", waitFor(1))
	fmt.Println("GOMAXPROCS >= 1", runtime.GOMAXPROCS(0) >= 1)
}
