// run

// time.Sleep ordering: sleepers report through a channel in the order
// they wake up, which is the order of their durations.

package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	// Three sleepers 20ms apart (retried at a larger scale, as below, when
	// the OS reorders them).
	var lines []string
	for scale := 1; scale <= 4; scale++ {
		lines = sleepers(time.Duration(scale) * time.Millisecond)
		if lines[0] == "slept 20ms" && lines[1] == "slept 40ms" {
			break
		}
	}
	for _, l := range lines {
		fmt.Println(l)
	}

	// Sleep sort over more values with 15ms spacing. When the OS holds a
	// woken sleeper's thread up for longer than that, a later one can
	// report first (with go too): like go's own TestAfterQueuing, try again
	// with a wider spacing, and print the order of the last attempt.
	var order []int
	for attempt := 0; attempt < 4; attempt++ {
		order = sleepSort(time.Duration(15+attempt*25) * time.Millisecond)
		if sort.IntsAreSorted(order) {
			break
		}
	}
	fmt.Println(order)

	// Sleep waits at least the requested time.
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 20ms", el >= 20*time.Millisecond)

	// Zero and negative durations return immediately.
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero sleep fast", time.Since(start) < time.Second)

	// Many concurrent sleepers all finish.
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i%10) * time.Millisecond)
			mu.Lock()
			n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("sleepers", n)

	// Duration arithmetic and printing.
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), time.Duration(90)*time.Second)
}

// sleepSort sorts a few small numbers by sleeping gap times each.
func sleepSort(gap time.Duration) []int {
	vals := []int{5, 2, 8, 1, 4, 7, 3, 6}
	out := make(chan int)
	for _, v := range vals {
		go func() {
			time.Sleep(time.Duration(v) * gap)
			out <- v
		}()
	}
	var order []int
	for range vals {
		order = append(order, <-out)
	}
	return order
}

// sleepers starts sleepers of 60, 20 and 40 units and returns their
// reports in the order they arrive.
func sleepers(unit time.Duration) []string {
	c := make(chan string)
	for _, d := range []int{60, 20, 40} {
		go func() {
			time.Sleep(time.Duration(d) * unit)
			c <- fmt.Sprint("slept ", d, "ms")
		}()
	}
	var lines []string
	for i := 0; i < 3; i++ {
		lines = append(lines, <-c)
	}
	return lines
}
