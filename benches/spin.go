// Benchmark: with GOMAXPROCS=1 one goroutine spins in a busy loop that
// makes no calls, while main prints "tick" 10 times with a 10ms sleep in
// between; main only gets the processor back if the spinning goroutine is
// preempted (asynchronous preemption / timer handling). Prints only the
// ticks.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var spins uint64

func spin() {
	for {
		spins++
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	for i := 1; i <= 10; i++ {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("tick", i)
	}
	fmt.Println("spin: done")
}
