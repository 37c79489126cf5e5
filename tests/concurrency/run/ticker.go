// run

// time.Ticker: count three ticks, Stop, Reset; time.Tick.

package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	start := time.Now()
	count := 0
	var last time.Time
	for count < 3 {
		tm := <-tk.C
		if !tm.After(last) {
			fmt.Println("not increasing?!")
		}
		last = tm
		count++
		fmt.Println("tick", count)
	}
	tk.Stop()
	fmt.Println("elapsed >= 30ms", time.Since(start) >= 30*time.Millisecond)

	// After Stop no more ticks arrive.
	select {
	case <-tk.C:
		fmt.Println("tick after stop?!")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no tick after stop")
	}

	// Reset restarts a stopped ticker with a new period.
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("ticks after reset")
	tk.Stop()

	// A ticker driving a loop in another goroutine until it has seen
	// five ticks.
	done := make(chan int)
	go func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		n := 0
		for range t.C {
			n++
			if n == 5 {
				break
			}
		}
		done <- n
	}()
	fmt.Println("loop ticks", <-done)

	// time.Tick returns the channel of a never-stopped ticker.
	c := time.Tick(3 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("Tick ok")
}
