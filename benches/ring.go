// Benchmark: 503 goroutines in a ring pass a token 10,000,000 times
// (unbuffered channel handoffs, goroutine switches); prints the id of the
// goroutine holding the token at the end.
package main

import "fmt"

const (
	ringSize = 503
	passes   = 10000000
)

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		n := <-in
		if n == 0 {
			done <- id
			return
		}
		out <- n - 1
	}
}

func main() {
	first := make(chan int)
	done := make(chan int)
	in := first
	for id := 1; id <= ringSize; id++ {
		var out chan int
		if id == ringSize {
			out = first
		} else {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- passes
	fmt.Println("ring: token ended at goroutine", <-done)
}
