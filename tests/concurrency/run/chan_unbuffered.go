// run

// Unbuffered channels synchronise sender and receiver: ping-pong gives a
// fixed interleaving of output.

package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			fmt.Println("  pong got", v)
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		fmt.Println("ping sends", v)
		ping <- v
		v = <-pong
		v *= 2
	}
	close(ping)
	<-done
	fmt.Println("final", v)

	// len and cap of an unbuffered channel are 0.
	c := make(chan string)
	fmt.Println(len(c), cap(c))

	// A send completes only when a receiver takes the value: the sender
	// observes the receiver's write after the send.
	shared := 0
	sync := make(chan int)
	go func() {
		shared = 42
		<-sync
	}()
	sync <- 1
	_ = shared
	back := make(chan int)
	go func() {
		back <- shared
	}()
	fmt.Println("shared", <-back)

	// Chain of goroutines passing a value along.
	const n = 100
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		next := make(chan int)
		go func(in, out chan int) {
			out <- 1 + <-in
		}(in, next)
		in = next
	}
	first <- 0
	fmt.Println("chain", <-in)
}
