// run

// A buffered channel as a counting semaphore: at most 4 goroutines are
// inside the critical region at once.

package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 4
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	inside, peak, total := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			inside++
			if inside > peak {
				peak = inside
			}
			total += i
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			inside--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("peak <= limit", peak <= limit, "peak >= 1", peak >= 1, "inside", inside, "total", total, "sem len", len(sem))

	// Acquire all permits to wait for every holder (a barrier).
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		sem <- struct{}{}
		go func() {
			results[i] = i * i * i
			<-sem
		}()
	}
	for i := 0; i < limit; i++ {
		sem <- struct{}{}
	}
	fmt.Println(results)
	for i := 0; i < limit; i++ {
		<-sem
	}

	// A token bucket refilled by main: each worker must take a token.
	tokens := make(chan int, 100)
	for i := 0; i < 100; i++ {
		tokens <- i
	}
	close(tokens)
	counts := make([]int, 5)
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range tokens {
				counts[w]++
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, c := range counts {
		sum += c
	}
	fmt.Println("tokens used", sum)
}
