// run

// time.Sleep ordering: sleepers report through a channel in the order
// they wake up, which is the order of their durations.

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	c := make(chan string)
	for _, d := range []int{60, 20, 40} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			c <- fmt.Sprint("slept ", d, "ms")
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-c)
	}

	// Sleep sort over more values with 15ms spacing.
	vals := []int{5, 2, 8, 1, 4, 7, 3, 6}
	out := make(chan int)
	for _, v := range vals {
		go func() {
			time.Sleep(time.Duration(v) * 15 * time.Millisecond)
			out <- v
		}()
	}
	for range vals {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

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
