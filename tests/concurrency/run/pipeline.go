// run

// A producer/consumer pipeline of stages connected by channels; each stage
// closes its output when its input is exhausted.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

func source(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func format(in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for v := range in {
			out <- "<" + strconv.Itoa(v) + ">"
		}
	}()
	return out
}

func main() {
	var parts []string
	for s := range format(filter(square(source(20)), func(v int) bool { return v%2 == 0 })) {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, ""))

	// Sum of squares of 1..1000 through the pipeline.
	total := 0
	for v := range square(source(1000)) {
		total += v
	}
	fmt.Println("sum of squares", total)

	// Deep pipeline: 50 increment stages.
	var c <-chan int = source(10)
	for i := 0; i < 50; i++ {
		in := c
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v + 1
			}
		}()
		c = out
	}
	var got []int
	for v := range c {
		got = append(got, v)
	}
	fmt.Println(got)

	// Cancellation with a done channel: the generator stops when told.
	done := make(chan struct{})
	nat := make(chan int)
	stopped := make(chan int)
	go func() {
		i := 0
		for {
			select {
			case nat <- i:
				i++
			case <-done:
				stopped <- i
				return
			}
		}
	}()
	first := 0
	for i := 0; i < 10; i++ {
		first += <-nat
	}
	close(done)
	fmt.Println("first ten", first, "generator stopped at", <-stopped)
}
