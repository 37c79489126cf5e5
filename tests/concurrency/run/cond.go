// run

// sync.Cond: Wait in a loop on a predicate, Signal wakes one waiter,
// Broadcast wakes all; a bounded queue built on two conditions.

package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := NewQueue(3)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				q.Put(p*1000 + i)
			}
		}()
	}
	results := make(chan int, 400)
	var cwg sync.WaitGroup
	for c := 0; c < 2; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for i := 0; i < 200; i++ {
				results <- q.Get()
			}
		}()
	}
	wg.Wait()
	cwg.Wait()
	close(results)
	sum := 0
	n := 0
	for v := range results {
		sum += v
		n++
	}
	fmt.Println("items", n, "sum", sum, "left", len(q.items))

	// Broadcast: a start gate for 10 goroutines.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var started []int
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				cond.Wait()
			}
			started = append(started, i)
			mu.Unlock()
		}()
	}
	// Wait until everyone is waiting, polling under the lock.
	for {
		mu.Lock()
		w := waiting
		mu.Unlock()
		if w == 10 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(started)
	fmt.Println("started", started)

	// Signal with no waiters is a no-op; Cond with an RWMutex's RLocker.
	cond.Signal()
	cond.Broadcast()
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := false
	done := make(chan bool)
	go func() {
		rc.L.Lock()
		for !flag {
			rc.Wait()
		}
		rc.L.Unlock()
		done <- true
	}()
	rw.Lock()
	flag = true
	rw.Unlock()
	rc.Broadcast()
	fmt.Println("rlocker cond", <-done)
}
