// run

// Fan-out: several workers read from one channel. Fan-in: several
// producers are merged into one channel closed after a WaitGroup.

package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func emit(prefix string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	var all []string
	for s := range merge(emit("a", 3), emit("b", 2), emit("c", 4)) {
		all = append(all, s)
	}
	sort.Strings(all)
	fmt.Println(all)

	// Fan-out: 8 workers, 1000 jobs; each job result tagged by job id.
	jobs := make(chan int)
	results := make(chan [2]int)
	var wg sync.WaitGroup
	perWorker := make([]int, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				perWorker[w]++
				results <- [2]int{j, j * 3}
			}
		}(w)
	}
	go func() {
		for i := 0; i < 1000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	seen := make([]bool, 1000)
	sum := 0
	for r := range results {
		if seen[r[0]] {
			fmt.Println("duplicate", r[0])
		}
		seen[r[0]] = true
		sum += r[1]
	}
	missing := 0
	for _, s := range seen {
		if !s {
			missing++
		}
	}
	jobsDone := 0
	for _, n := range perWorker {
		jobsDone += n
	}
	fmt.Println("sum", sum, "missing", missing, "jobs", jobsDone)

	// Fan-in of fan-out: two levels.
	var level []<-chan string
	for i := 0; i < 4; i++ {
		level = append(level, merge(emit(fmt.Sprint("x", i, "-"), 5), emit(fmt.Sprint("y", i, "-"), 5)))
	}
	n := 0
	for range merge(level...) {
		n++
	}
	fmt.Println("merged", n)
}
