// run

// Receiving from a nil channel blocks forever; with no other goroutines
// that is a deadlock.

package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("receiving from nil channel, len", len(c))
	s := <-c
	fmt.Println("unreachable", s)
}
