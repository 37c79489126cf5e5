// run

// A select over channels that nobody will ever use, after the only other
// goroutine has exited: deadlock.

package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	finished := make(chan struct{})
	go func() {
		fmt.Println("helper exiting")
		close(finished)
	}()
	<-finished
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
		fmt.Println("sent")
	}
}
