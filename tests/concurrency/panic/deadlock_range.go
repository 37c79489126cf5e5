// run

// range over a channel that the producer forgets to close: after the
// producer exits, main is blocked forever.

package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	for v := range c {
		fmt.Println("got", v)
	}
	fmt.Println("unreachable")
}
