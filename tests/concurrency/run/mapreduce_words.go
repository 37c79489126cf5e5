// run

// A map-reduce word count: mappers count words in lines, a reducer merges
// the partial maps; the result is printed sorted.

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var text = `the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog jumps over a lazy fox
goroutines and channels make the fox quick
select picks a ready channel at random
the lazy dog sleeps`

func mapper(lines <-chan string, out chan<- map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for line := range lines {
		m := map[string]int{}
		for _, w := range strings.Fields(line) {
			m[w]++
		}
		out <- m
	}
}

func main() {
	lines := make(chan string)
	partials := make(chan map[string]int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go mapper(lines, partials, &wg)
	}
	go func() {
		for _, l := range strings.Split(text, "\n") {
			lines <- l
		}
		close(lines)
	}()
	go func() {
		wg.Wait()
		close(partials)
	}()
	total := map[string]int{}
	nparts := 0
	for m := range partials {
		nparts++
		for k, v := range m {
			total[k] += v
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range total {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println("parts", nparts, "distinct", len(kvs))
	for _, e := range kvs[:8] {
		fmt.Printf("%-8s %d\n", e.k, e.v)
	}

	// Letter frequencies with a shared map behind a mutex.
	var mu sync.Mutex
	freq := map[rune]int{}
	var wg2 sync.WaitGroup
	for _, w := range strings.Fields(text) {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for _, r := range w {
				mu.Lock()
				freq[r]++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	var sb strings.Builder
	for r := 'a'; r <= 'z'; r++ {
		if freq[r] > 0 {
			fmt.Fprintf(&sb, "%c%d ", r, freq[r])
		}
	}
	fmt.Println(strings.TrimSpace(sb.String()))
}
