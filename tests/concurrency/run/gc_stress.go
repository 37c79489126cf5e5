// run

// Goroutines that allocate heavily (strings, slices, maps, pointers)
// while others hold references; values survive garbage collection.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

type tree struct {
	l, r *tree
	v    int
}

func mk(d, v int) *tree {
	if d == 0 {
		return &tree{v: v}
	}
	return &tree{mk(d-1, v*2), mk(d-1, v*2+1), v}
}

func (t *tree) check() int {
	if t.l == nil {
		return t.v
	}
	return t.v + t.l.check() - t.r.check()
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			keep := mk(10, g)
			var parts []string
			m := map[string][]int{}
			for i := 0; i < 3000; i++ {
				s := strconv.Itoa(g) + ":" + strconv.Itoa(i)
				parts = append(parts, s)
				m[s] = append(m[s], i, g)
				_ = mk(4, i) // garbage
				if i%1000 == 0 {
					runtime.Gosched()
				}
			}
			results[g] = fmt.Sprint(len(parts), " ", len(m), " ", strings.Count(strings.Join(parts, ","), ","), " ", keep.check())
		}()
	}
	// A long-lived structure shared over a channel while GC runs.
	shared := make(chan *tree)
	go func() { shared <- mk(16, 1) }()
	t := <-shared
	wg.Wait()
	for g, r := range results {
		fmt.Println(g, r)
	}
	fmt.Println("shared", t.check())
}
