// run

// select with send cases: sending to whichever consumer is ready, send
// and receive in one select, and a select-based multiplexer.

package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var gotA, gotB []int
	wg.Add(2)
	go func() {
		defer wg.Done()
		for v := range a {
			mu.Lock()
			gotA = append(gotA, v)
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for v := range b {
			mu.Lock()
			gotB = append(gotB, v)
			mu.Unlock()
		}
	}()
	for i := 0; i < 100; i++ {
		select {
		case a <- i:
		case b <- i:
		}
	}
	close(a)
	close(b)
	wg.Wait()
	all := append(append([]int{}, gotA...), gotB...)
	sort.Ints(all)
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println(len(all), sum, all[0], all[99])
	fmt.Println("each in order", sort.IntsAreSorted(gotA), sort.IntsAreSorted(gotB))

	// Send and receive in one select: a buffered relay that never
	// blocks the producer by more than the buffer.
	in := make(chan int)
	out := make(chan int)
	go func() {
		var buf []int
		inc := in
		for inc != nil || len(buf) > 0 {
			var outc chan int
			var head int
			if len(buf) > 0 {
				outc = out
				head = buf[0]
			}
			select {
			case v, ok := <-inc:
				if !ok {
					inc = nil
					continue
				}
				buf = append(buf, v)
			case outc <- head:
				buf = buf[1:]
			}
		}
		close(out)
	}()
	go func() {
		for i := 1; i <= 10; i++ {
			in <- i * 100
		}
		close(in)
	}()
	var relayed []int
	for v := range out {
		relayed = append(relayed, v)
	}
	fmt.Println(relayed)

	// A send case whose value expression is evaluated even if another case
	// is chosen.
	evals := 0
	val := func() int { evals++; return 1 }
	full := make(chan int)
	ready := make(chan int, 1)
	ready <- 5
	select {
	case full <- val():
		fmt.Println("impossible")
	case v := <-ready:
		fmt.Println("received", v, "evals", evals)
	}

	// Channel operands are evaluated once, in source order.
	var order []string
	ch := func(name string, c chan int) chan int {
		order = append(order, name)
		return c
	}
	x := make(chan int) // no receiver: never ready
	y := make(chan int, 1)
	y <- 1
	select {
	case ch("x", x) <- 1:
		fmt.Println("sent to x")
	case <-ch("y", y):
		fmt.Println("got from y")
	}
	fmt.Println(order, len(x)+len(y))
}
