// run

// time.AfterFunc runs a function in its own goroutine after a delay;
// Stop prevents it; Reset re-arms it.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)

	// Stop before it runs.
	var ran atomic.Bool
	t := time.AfterFunc(50*time.Millisecond, func() { ran.Store(true) })
	fmt.Println("stopped", t.Stop())
	time.Sleep(100 * time.Millisecond)
	fmt.Println("ran", ran.Load())

	// Reset re-arms the function.
	fmt.Println("reset", t.Reset(5*time.Millisecond))
	for !ran.Load() {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("ran after reset", ran.Load())

	// Several AfterFuncs run in order of their delays. Each runs in a
	// goroutine of its own, which the OS may hold up for longer than the
	// spacing (with go too): retry at a larger scale, as go's own
	// TestAfterQueuing does, and print the last attempt.
	var a, b, c int
	for scale := 1; scale <= 4; scale++ {
		order := make(chan int, 3)
		for _, d := range []int{60, 20, 40} {
			time.AfterFunc(time.Duration(d*scale)*time.Millisecond, func() { order <- d })
		}
		a, b, c = <-order, <-order, <-order
		if a < b && b < c {
			break
		}
	}
	fmt.Println(a, b, c)

	// The function runs on another goroutine: it may block on something
	// main holds.
	var mu sync.Mutex
	mu.Lock()
	res := make(chan int)
	time.AfterFunc(time.Millisecond, func() {
		mu.Lock()
		res <- 7
		mu.Unlock()
	})
	time.Sleep(20 * time.Millisecond)
	mu.Unlock()
	fmt.Println("after unlock", <-res)

	// Timer.C is nil for AfterFunc timers.
	t2 := time.AfterFunc(time.Hour, func() {})
	fmt.Println("C nil", t2.C == nil, "stop", t2.Stop())
}
