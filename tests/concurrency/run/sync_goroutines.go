// run

package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	// Mutex under contention: goroutines that yield while holding it.
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				v := total
				if j%10 == 0 {
					time.Sleep(time.Microsecond)
				}
				total = v + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex total:", total)

	// Starvation: one goroutine holds the lock for > 1ms repeatedly while
	// another waits; the waiter must still get it.
	got := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		got <- true
		mu.Unlock()
	}()
	time.Sleep(3 * time.Millisecond)
	mu.Unlock()
	fmt.Println("waiter got the lock:", <-got)
	mu.Lock()
	mu.Unlock()

	// WaitGroup.Go
	var n atomic.Int64
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Go(func() { n.Add(int64(i)) })
	}
	wg2.Wait()
	fmt.Println("WaitGroup.Go sum:", n.Load())

	// Several waiters on one WaitGroup.
	var gate sync.WaitGroup
	gate.Add(1)
	var done sync.WaitGroup
	var woke atomic.Int32
	for i := 0; i < 5; i++ {
		done.Go(func() {
			gate.Wait()
			woke.Add(1)
		})
	}
	time.Sleep(time.Millisecond)
	fmt.Println("woken before Done:", woke.Load())
	gate.Done()
	done.Wait()
	fmt.Println("woken after Done:", woke.Load())

	// RWMutex: readers share, writers exclude.
	var rw sync.RWMutex
	var readers, maxReaders, writers atomic.Int32
	var bad atomic.Bool
	var wg3 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg3.Go(func() {
			for j := 0; j < 20; j++ {
				if (i+j)%5 == 0 {
					rw.Lock()
					if writers.Add(1) != 1 || readers.Load() != 0 {
						bad.Store(true)
					}
					time.Sleep(10 * time.Microsecond)
					writers.Add(-1)
					rw.Unlock()
				} else {
					rw.RLock()
					r := readers.Add(1)
					if writers.Load() != 0 {
						bad.Store(true)
					}
					for {
						m := maxReaders.Load()
						if r <= m || maxReaders.CompareAndSwap(m, r) {
							break
						}
					}
					time.Sleep(10 * time.Microsecond)
					readers.Add(-1)
					rw.RUnlock()
				}
			}
		})
	}
	wg3.Wait()
	fmt.Println("rwmutex consistent:", !bad.Load(), "readers overlapped:", maxReaders.Load() > 1)

	// A writer waiting blocks new readers.
	rw.RLock()
	wlocked := make(chan bool)
	go func() {
		rw.Lock()
		wlocked <- true
		rw.Unlock()
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("TryRLock with a writer waiting:", rw.TryRLock())
	rw.RUnlock()
	fmt.Println("writer got it:", <-wlocked)

	// Cond: a queue with Signal and Broadcast.
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	queue := []int{}
	var consumed []int
	var wg4 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg4.Go(func() {
			for {
				cmu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				if v >= 0 {
					consumed = append(consumed, v)
				}
				cmu.Unlock()
				if v < 0 {
					return
				}
			}
		})
	}
	for i := 0; i < 40; i++ {
		cmu.Lock()
		queue = append(queue, i)
		cmu.Unlock()
		cond.Signal()
		if i%7 == 0 {
			time.Sleep(50 * time.Microsecond)
		}
	}
	cmu.Lock()
	queue = append(queue, -1, -1, -1, -1)
	cmu.Unlock()
	cond.Broadcast()
	wg4.Wait()
	sort.Ints(consumed)
	fmt.Println("consumed:", len(consumed), consumed[0], consumed[39])

	// Broadcast wakes everyone waiting.
	ready := false
	var started, finished sync.WaitGroup
	for i := 0; i < 6; i++ {
		started.Add(1)
		finished.Go(func() {
			cmu.Lock()
			started.Done()
			for !ready {
				cond.Wait()
			}
			cmu.Unlock()
		})
	}
	started.Wait()
	cmu.Lock()
	ready = true
	cmu.Unlock()
	cond.Broadcast()
	finished.Wait()
	fmt.Println("broadcast released all")

	// Once with concurrent callers: exactly one runs, all return after it.
	var once sync.Once
	var runs atomic.Int32
	var after atomic.Int32
	var wg5 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg5.Go(func() {
			once.Do(func() {
				time.Sleep(time.Millisecond)
				runs.Add(1)
			})
			if runs.Load() == 1 {
				after.Add(1)
			}
		})
	}
	wg5.Wait()
	fmt.Println("once runs:", runs.Load(), "saw it done:", after.Load())

	// sync.Map from many goroutines.
	var m sync.Map
	var wg6 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg6.Go(func() {
			for j := 0; j < 100; j++ {
				m.Store(i*100+j, j)
				if v, ok := m.LoadOrStore(-1, 0); ok {
					for !m.CompareAndSwap(-1, v, v.(int)+1) {
						v, _ = m.Load(-1)
					}
				}
			}
		})
	}
	wg6.Wait()
	count := 0
	m.Range(func(k, v any) bool { count++; return true })
	v, _ := m.Load(-1)
	fmt.Println("map entries:", count, "counter:", v)

	// Channels of a mutex-protected pool.
	p := sync.Pool{New: func() any { return new(int) }}
	var wg7 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg7.Go(func() {
			x := p.Get().(*int)
			*x = i
			p.Put(x)
		})
	}
	wg7.Wait()
	fmt.Println("pool ok")
}
