// run

// main sends on an unbuffered channel that nobody receives from: every
// goroutine is asleep.

package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("about to block")
	c <- 1
	fmt.Println("unreachable")
}
