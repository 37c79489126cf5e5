// run

// Closing a channel twice panics; a recovered first attempt does not
// change that.

package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(c)
	}()
	fmt.Println("closing again without recover")
	close(c)
}
