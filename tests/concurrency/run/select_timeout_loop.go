// run

// select in a loop with an overall deadline from time.After, and a
// per-iteration timeout that fires once the producer goes quiet.

package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			data <- i
		}
		// then go quiet
	}()
	sum := 0
	timeouts := 0
loop:
	for {
		select {
		case v := <-data:
			sum += v
		case <-time.After(200 * time.Millisecond):
			timeouts++
			break loop
		}
	}
	fmt.Println("sum", sum, "timeouts", timeouts)

	// Overall deadline: the ticker-like producer keeps sending, but the
	// loop ends when the single deadline channel fires.
	deadline := time.After(100 * time.Millisecond)
	stream := make(chan int)
	stop := make(chan struct{})
	go func() {
		for i := 0; ; i++ {
			select {
			case stream <- i:
				time.Sleep(time.Millisecond)
			case <-stop:
				close(stream)
				return
			}
		}
	}()
	received := 0
	expired := false
	for !expired {
		select {
		case <-stream:
			received++
		case <-deadline:
			expired = true
		}
	}
	close(stop)
	for range stream {
	}
	fmt.Println("expired", expired, "received some", received > 0)

	// A timeout that does not fire because the value arrives first.
	quick := make(chan string)
	go func() { quick <- "fast" }()
	select {
	case s := <-quick:
		fmt.Println(s)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout?!")
	}
}
