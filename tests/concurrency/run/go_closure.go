// run

// go statements with closures: captured variables, per-iteration loop
// variables (Go 1.22 semantics) and results written to distinct slots.

package main

import (
	"fmt"
	"sync"
)

type point struct{ x, y int }

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// Closure capturing a variable that main modifies after Wait.
	total := 0
	var mu sync.Mutex
	for _, v := range []int{3, 5, 7, 11} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += v
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total", total)

	// Closures capturing structs by reference and by value.
	p := point{1, 2}
	q := p
	done := make(chan bool)
	go func() {
		p.x = 100
		q.y = 200
		done <- true
	}()
	<-done
	fmt.Println(p, q)

	// Nested goroutines: a goroutine that starts goroutines.
	out := make(chan string, 3)
	go func() {
		var inner sync.WaitGroup
		for _, s := range []string{"a", "b", "c"} {
			inner.Add(1)
			go func(s string) {
				defer inner.Done()
				out <- s + s
			}(s)
		}
		inner.Wait()
		close(out)
	}()
	got := map[string]bool{}
	for s := range out {
		got[s] = true
	}
	fmt.Println(len(got), got["aa"], got["bb"], got["cc"])

	// A closure returned from a function and run as a goroutine.
	mk := func(n int, c chan<- int) func() {
		return func() { c <- n * 3 }
	}
	c := make(chan int)
	go mk(14, c)()
	fmt.Println(<-c)
}
