// run

// for range over channels: ends at close, drains the buffer first,
// works with break, continue, labelled loops and nested ranges.

package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	for v := range gen(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Buffered, closed before ranging.
	b := make(chan string, 4)
	b <- "w"
	b <- "x"
	b <- "y"
	close(b)
	for s := range b {
		fmt.Print(s)
	}
	fmt.Println()

	// range with no variable.
	n := 0
	for range gen(7) {
		n++
	}
	fmt.Println("count", n)

	// continue and break; the producer is abandoned only after it is done
	// (buffered so that it never blocks).
	c := make(chan int, 20)
	for i := 0; i < 20; i++ {
		c <- i
	}
	close(c)
	sum := 0
	for v := range c {
		if v%2 == 1 {
			continue
		}
		if v > 12 {
			break
		}
		sum += v
	}
	fmt.Println("sum", sum, "left", len(c))

	// Nested: channel of channels.
	cc := make(chan chan int, 3)
	for i := 1; i <= 3; i++ {
		inner := make(chan int, i)
		for j := 0; j < i; j++ {
			inner <- i*10 + j
		}
		close(inner)
		cc <- inner
	}
	close(cc)
outer:
	for inner := range cc {
		for v := range inner {
			if v == 31 {
				fmt.Println("break outer at", v)
				break outer
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}

	// range over a channel variable that is reassigned inside the loop:
	// the range expression is evaluated once.
	r := gen(3)
	orig := r
	for v := range r {
		r = nil
		fmt.Print(v, " ")
	}
	fmt.Println(r == nil, orig != nil)
}
