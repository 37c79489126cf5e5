// run

// An empty select blocks forever. The goroutine started first has
// already finished, so nothing can wake main.

package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("helper ran")
		done <- true
	}()
	<-done
	fmt.Println("main blocks in select{}")
	select {}
}
