// run

// Sending on a closed channel panics (even when buffer space is left).

package main

import "fmt"

func main() {
	c := make(chan int, 4)
	c <- 1
	close(c)
	fmt.Println("closed; buffered value", <-c)
	c <- 2
	fmt.Println("unreachable")
}
