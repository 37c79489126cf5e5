// run

// An unrecovered panic in a goroutine kills the whole program. main waits
// on a channel that the goroutine never sends on. The goroutine's own
// deferred calls run before the crash.

package main

import "fmt"

func worker(n int, done chan bool) {
	defer fmt.Println("worker deferred print")
	if n > 2 {
		panic(fmt.Sprintf("worker failed with n=%d", n))
	}
	done <- true
}

func main() {
	done := make(chan bool)
	fmt.Println("starting worker")
	go worker(3, done)
	<-done
	fmt.Println("unreachable")
}
