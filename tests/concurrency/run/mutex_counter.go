// run

// sync.Mutex protecting a counter: 100 goroutines x 1000 increments.

package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)

	sm := SafeMap{m: map[string]int{}}
	keys := []string{"a", "b", "c", "d"}
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				sm.Inc(keys[(g+i)%len(keys)])
			}
		}()
	}
	wg.Wait()
	fmt.Println(sm.m)

	// TryLock.
	var m2 sync.Mutex
	fmt.Println("trylock free", m2.TryLock())
	fmt.Println("trylock held", m2.TryLock())
	m2.Unlock()
	fmt.Println("trylock again", m2.TryLock())
	m2.Unlock()

	// A mutex held across a blocking channel operation; unlocked from a
	// different goroutine than the one that locked it (allowed).
	var m3 sync.Mutex
	m3.Lock()
	unlocked := make(chan bool)
	go func() {
		m3.Unlock()
		unlocked <- true
	}()
	<-unlocked
	m3.Lock()
	fmt.Println("relocked")
	m3.Unlock()

	// sync.Locker interface.
	var l sync.Locker = &mu
	l.Lock()
	counter++
	l.Unlock()
	fmt.Println("counter", counter)
}
