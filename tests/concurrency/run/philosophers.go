// run

// Dining philosophers with ordered fork acquisition (no deadlock), plus a
// barrier built from a mutex and a channel that is reused for rounds.

package main

import (
	"fmt"
	"sync"
)

type barrier struct {
	mu    sync.Mutex
	n     int
	count int
	gate  chan struct{}
}

func newBarrier(n int) *barrier {
	return &barrier{n: n, gate: make(chan struct{})}
}

func (b *barrier) Wait() {
	b.mu.Lock()
	b.count++
	if b.count == b.n {
		close(b.gate)
		b.gate = make(chan struct{})
		b.count = 0
		b.mu.Unlock()
		return
	}
	g := b.gate
	b.mu.Unlock()
	<-g
}

func main() {
	const n = 5
	forks := make([]sync.Mutex, n)
	meals := make([]int, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			left, right := p, (p+1)%n
			if left > right {
				left, right = right, left
			}
			for i := 0; i < 200; i++ {
				forks[left].Lock()
				forks[right].Lock()
				meals[p]++
				forks[right].Unlock()
				forks[left].Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("meals", meals)

	// Barrier rounds: every worker records its round; after each barrier
	// all workers have finished the previous round.
	const workers = 6
	b := newBarrier(workers)
	var mu sync.Mutex
	progress := make([]int, workers)
	violations := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 1; round <= 10; round++ {
				mu.Lock()
				progress[w] = round
				mu.Unlock()
				b.Wait()
				mu.Lock()
				for _, p := range progress {
					if p < round {
						violations++
					}
				}
				mu.Unlock()
				b.Wait()
			}
		}()
	}
	wg.Wait()
	fmt.Println("progress", progress, "violations", violations)
}
