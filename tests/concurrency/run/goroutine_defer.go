// run

// defer in goroutines: LIFO order, deferred closures see final values,
// defers run when the goroutine function returns or panics.

package main

import (
	"fmt"
	"strings"
	"sync"
)

func worker(id int, log chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	var sb strings.Builder
	defer func() { log <- fmt.Sprint(id, ":", sb.String()) }()
	for i := 0; i < 3; i++ {
		defer sb.WriteString(fmt.Sprint(i))
	}
	sb.WriteString("body-")
}

type resource struct {
	name   string
	closed *[]string
	mu     *sync.Mutex
}

func (r resource) Close() {
	r.mu.Lock()
	*r.closed = append(*r.closed, r.name)
	r.mu.Unlock()
}

func main() {
	log := make(chan string, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, log, &wg)
	}
	wg.Wait()
	close(log)
	var lines []string
	for l := range log {
		lines = append(lines, l)
	}
	// Sort by id (single digits).
	for i := 0; i < len(lines); i++ {
		for j := i + 1; j < len(lines); j++ {
			if lines[j] < lines[i] {
				lines[i], lines[j] = lines[j], lines[i]
			}
		}
	}
	fmt.Println(strings.Join(lines, "\n"))

	// Deferred method calls with values captured at defer time.
	var closed []string
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		for _, n := range []string{"a", "b", "c"} {
			r := resource{n, &closed, &mu}
			defer r.Close()
		}
	}()
	<-done
	fmt.Println(closed)

	// Deferred calls run while a panic unwinds the goroutine, before the
	// recovering deferred call at the bottom of the stack.
	res := make(chan string, 4)
	go func() {
		defer func() { res <- fmt.Sprint("recovered ", recover()) }()
		defer func() { res <- "deferred 2" }()
		func() {
			defer func() { res <- "inner deferred" }()
			panic("boom")
		}()
		res <- "not reached"
	}()
	fmt.Println(<-res)
	fmt.Println(<-res)
	fmt.Println(<-res)

	// Deferred function arguments are evaluated at the defer statement.
	dv := make(chan string)
	go func() {
		x := 1
		defer func(v int) { dv <- fmt.Sprint("arg ", v, " closure ", x) }(x)
		x = 2
	}()
	fmt.Println(<-dv)

	// Deferred unlock in a goroutine.
	var m sync.Mutex
	counter := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Lock()
			defer m.Unlock()
			counter += i
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)
}
