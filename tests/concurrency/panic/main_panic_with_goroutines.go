// run

// main panics with an error value while other goroutines are blocked;
// the panic reports goroutine 1 and the program exits with status 2.

package main

import (
	"errors"
	"fmt"
	"sync"
)

var errBroken = errors.New("pipeline broken")

func main() {
	var ready sync.WaitGroup
	block := make(chan int)
	for i := 0; i < 4; i++ {
		ready.Add(1)
		go func() {
			ready.Done()
			<-block
		}()
	}
	ready.Wait()
	fmt.Println("workers parked")
	defer fmt.Println("main deferred print")
	panic(fmt.Errorf("stage 3: %w", errBroken))
}
