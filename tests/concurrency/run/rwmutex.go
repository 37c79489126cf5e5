// run

// sync.RWMutex: many concurrent readers, exclusive writers; readers
// actually overlap; RLocker; TryRLock/TryLock.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Store struct {
	mu   sync.RWMutex
	data map[int]int
}

func (s *Store) Get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Set(k, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.Set(w*1000+i, i)
			}
		}()
	}
	var reads int64
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				if _, ok := s.Get(i % 250); ok || !ok {
					atomic.AddInt64(&reads, 1)
				}
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range s.data {
		sum += v
	}
	fmt.Println("entries", len(s.data), "sum", sum, "reads", reads)

	// Readers overlap: 5 readers each hold the read lock until all 5
	// have acquired it.
	var rw sync.RWMutex
	var inside int32
	all := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			if atomic.AddInt32(&inside, 1) == 5 {
				close(all)
			}
			<-all
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("readers overlapped", atomic.LoadInt32(&inside))

	// TryLock fails while a reader holds the lock; TryRLock succeeds.
	rw.RLock()
	fmt.Println("TryLock with reader", rw.TryLock())
	fmt.Println("TryRLock with reader", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free", rw.TryLock())
	fmt.Println("TryRLock with writer", rw.TryRLock())
	rw.Unlock()

	// A writer waits for readers to leave.
	rw.RLock()
	wrote := make(chan bool)
	val := 0
	go func() {
		rw.Lock()
		val = 1
		rw.Unlock()
		wrote <- true
	}()
	before := val
	rw.RUnlock()
	<-wrote
	fmt.Println("before", before, "after", val)

	// RLocker returns a Locker that uses RLock/RUnlock.
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println("TryLock under RLocker", rw.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println("TryLock after", rw.TryLock())
	rw.Unlock()
}
