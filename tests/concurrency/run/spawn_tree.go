// run

// Goroutines that start goroutines, a binary tree 14 levels deep, each
// leaf reporting through its parent: work spreads over the Ps by
// stealing, and every result arrives exactly once.

package main

import "fmt"

func tree(depth int, id int, out chan<- int) {
	if depth == 0 {
		out <- id
		return
	}
	l, r := make(chan int, 1), make(chan int, 1)
	go tree(depth-1, 2*id, l)
	go tree(depth-1, 2*id+1, r)
	out <- <-l + <-r
}

func main() {
	const depth = 14
	out := make(chan int, 1)
	go tree(depth, 1, out)
	got := <-out
	// Leaves are numbered 2^depth .. 2^(depth+1)-1.
	lo, hi := 1<<depth, 1<<(depth+1)
	want := (lo + hi - 1) * (hi - lo) / 2
	fmt.Println("sum ok", got == want, got)

	// Many short goroutines on a buffered channel, in rounds.
	for round := 0; round < 5; round++ {
		c := make(chan int, 1000)
		for i := 0; i < 1000; i++ {
			go func(v int) { c <- v * v }(i)
		}
		s := 0
		for i := 0; i < 1000; i++ {
			s += <-c
		}
		fmt.Println("round", round, s)
	}
}
