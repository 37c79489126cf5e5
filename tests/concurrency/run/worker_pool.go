// run

// A worker pool: a fixed number of workers, a jobs channel, a results
// channel; results are collected and printed in job order.

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id     int
	words  int
	upper  string
	worker int
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{
			id:     j.id,
			words:  len(strings.Fields(j.text)),
			upper:  strings.ToUpper(j.text),
			worker: id,
		}
	}
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"go routines are cheap",
		"channels connect them",
		"select waits on many",
		"a",
		"",
	}
	jobs := make(chan job, len(texts))
	results := make(chan result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var rs []result
	for r := range results {
		if r.worker < 1 || r.worker > 3 {
			fmt.Println("bad worker", r.worker)
		}
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	for _, r := range rs {
		fmt.Printf("%d %d %q\n", r.id, r.words, r.upper)
	}

	// A CPU-bound pool: longest Collatz chain below 100000, split in
	// chunks.
	type chunk struct{ lo, hi int }
	type best struct{ n, steps int }
	chunks := make(chan chunk)
	bests := make(chan best)
	var wg2 sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for c := range chunks {
				b := best{}
				for n := c.lo; n < c.hi; n++ {
					if s := collatz(n); s > b.steps {
						b = best{n, s}
					}
				}
				bests <- b
			}
		}()
	}
	go func() {
		for lo := 1; lo < 100000; lo += 5000 {
			chunks <- chunk{lo, lo + 5000}
		}
		close(chunks)
	}()
	go func() {
		wg2.Wait()
		close(bests)
	}()
	overall := best{}
	count := 0
	for b := range bests {
		count++
		if b.steps > overall.steps || (b.steps == overall.steps && b.n < overall.n) {
			overall = b
		}
	}
	fmt.Println("chunks", count, "best", overall.n, overall.steps)
}
