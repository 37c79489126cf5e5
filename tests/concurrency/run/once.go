// run

// sync.Once: the function runs exactly once even with concurrent callers,
// all callers return after it finished; sync.OnceFunc.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	once   sync.Once
	config map[string]string
	calls  int32
)

func loadConfig() {
	atomic.AddInt32(&calls, 1)
	config = map[string]string{"mode": "fast", "level": "3"}
}

func main() {
	var wg sync.WaitGroup
	var seen int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
			if config["mode"] == "fast" {
				atomic.AddInt32(&seen, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("calls", calls, "seen", seen)

	// A second Do with another function does nothing.
	once.Do(func() { fmt.Println("never") })
	fmt.Println("calls", calls)

	// Once inside a struct; a panicking Do still counts as done.
	type lazy struct {
		once sync.Once
		val  int
	}
	var l lazy
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.once.Do(func() { panic("init failed") })
	}()
	l.once.Do(func() { l.val = 1 })
	fmt.Println("val", l.val)

	// OnceFunc.
	n := 0
	f := sync.OnceFunc(func() { n++ })
	for i := 0; i < 5; i++ {
		f()
	}
	fmt.Println("n", n)

	// Do blocks other callers until done.
	var o2 sync.Once
	var order []string
	var mu sync.Mutex
	start := make(chan struct{})
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			o2.Do(func() {
				mu.Lock()
				order = append(order, "init")
				mu.Unlock()
			})
			mu.Lock()
			order = append(order, "after")
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(order)
}
