// run

// Goroutines on every P build, check and drop linked structures while
// others force collections: objects allocated from different Ps' caches
// survive exactly as long as they are reachable.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	val  int
	next *node
	data []byte
}

func build(id, n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: id*1000000 + i, next: head, data: make([]byte, 16+i%64)}
		head.data[0] = byte(i)
	}
	return head
}

func check(id, n int, head *node) bool {
	for i := n - 1; i >= 0; i-- {
		if head == nil || head.val != id*1000000+i || head.data[0] != byte(i) || len(head.data) != 16+i%64 {
			return false
		}
		head = head.next
	}
	return head == nil
}

func main() {
	workers := 2 * runtime.GOMAXPROCS(0)
	if workers < 4 {
		workers = 4
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	bad := 0
	rounds := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			keep := build(id, 500)
			for r := 0; r < 40; r++ {
				tmp := build(id+100, 300)
				if !check(id+100, 300, tmp) || !check(id, 500, keep) {
					mu.Lock()
					bad++
					mu.Unlock()
				}
				if r%10 == 0 {
					keep = build(id, 500)
				}
				mu.Lock()
				rounds++
				mu.Unlock()
			}
		}(w)
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 20; i++ {
			runtime.GC()
		}
		done <- true
	}()
	wg.Wait()
	<-done
	fmt.Println("bad", bad, "rounds", rounds == workers*40)
}
