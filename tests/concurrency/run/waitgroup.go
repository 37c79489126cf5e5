// run

// sync.WaitGroup: Add before go, Add(n) in one call, reuse after Wait,
// several waiters, a WaitGroup inside a struct and passed by pointer.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type batch struct {
	wg    sync.WaitGroup
	mu    sync.Mutex
	items []int
}

func (b *batch) run(n int) {
	for i := 0; i < n; i++ {
		b.wg.Add(1)
		go func() {
			defer b.wg.Done()
			b.mu.Lock()
			b.items = append(b.items, i)
			b.mu.Unlock()
		}()
	}
	b.wg.Wait()
}

func work(id int, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	s := 0
	for i := 0; i <= id; i++ {
		s += i
	}
	out[id] = s
}

func release(wg *sync.WaitGroup, n int) {
	wg.Add(-n)
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 20)
	wg.Add(20)
	for i := 0; i < 20; i++ {
		go work(i, &wg, out)
	}
	wg.Wait()
	fmt.Println(out)

	// Reuse the same WaitGroup for several rounds.
	var total int64
	for round := 1; round <= 5; round++ {
		for i := 0; i < round*10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				atomic.AddInt64(&total, int64(round))
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "total", atomic.LoadInt64(&total))
	}

	// Several goroutines wait on the same WaitGroup.
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	var released int32
	for i := 0; i < 5; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			atomic.AddInt32(&released, 1)
		}()
	}
	fmt.Println("before release", atomic.LoadInt32(&released))
	gate.Done()
	waiters.Wait()
	fmt.Println("after release", atomic.LoadInt32(&released))

	// Wait on a zero counter returns immediately.
	var zero sync.WaitGroup
	zero.Wait()
	fmt.Println("zero wait ok")

	var b batch
	b.run(100)
	sum := 0
	for _, v := range b.items {
		sum += v
	}
	fmt.Println("batch", len(b.items), sum)

	// Add with a negative delta matching earlier adds.
	var w2 sync.WaitGroup
	w2.Add(3)
	go release(&w2, 3)
	w2.Wait()
	fmt.Println("negative add ok")

	// WaitGroup.Go (Go 1.25).
	var w3 sync.WaitGroup
	var hits atomic.Int32
	for i := 0; i < 10; i++ {
		w3.Go(func() { hits.Add(int32(i)) })
	}
	w3.Wait()
	fmt.Println("Go hits", hits.Load())
}
