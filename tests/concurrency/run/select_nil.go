// run

// nil channels are never ready in a select: setting a drained channel to
// nil disables its case (the classic merge loop).

package main

import (
	"fmt"
	"sort"
)

func producer(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := producer(1, 3, 5, 7)
	b := producer(2, 4, 6, 8, 10, 12)
	var got []int
	aDone, bDone := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				aDone++
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				bDone++
				continue
			}
			got = append(got, v)
		}
	}
	sort.Ints(got)
	fmt.Println(got, aDone, bDone)

	// Select with only nil channels and a default: default runs.
	var nc chan int
	var ns chan string
	select {
	case v := <-nc:
		fmt.Println("impossible", v)
	case ns <- "x":
		fmt.Println("impossible send")
	default:
		fmt.Println("default with nil channels")
	}

	// A nil send case next to a ready receive: the receive wins.
	ready := make(chan int, 1)
	ready <- 9
	select {
	case nc <- 1:
		fmt.Println("impossible")
	case v := <-ready:
		fmt.Println("ready", v)
	}

	// Enable and disable a send case with a nil channel variable.
	out := make(chan int, 10)
	in := make(chan int, 10)
	for i := 0; i < 5; i++ {
		in <- i
	}
	close(in)
	var pending []int
	var sendc chan int
	var next int
	for in != nil || len(pending) > 0 {
		if len(pending) > 0 {
			sendc = out
			next = pending[0]
		} else {
			sendc = nil
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*v)
		case sendc <- next:
			pending = pending[1:]
		}
	}
	close(out)
	var outs []int
	for v := range out {
		outs = append(outs, v)
	}
	fmt.Println(outs)
}
