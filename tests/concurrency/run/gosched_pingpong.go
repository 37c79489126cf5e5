// run

// runtime.Gosched ping-pong: two goroutines take turns through a shared
// atomic turn variable, yielding while it is not their turn. The output
// order is fixed by the turn variable, not by the scheduler.

package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	var turn atomic.Int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	player := func(me int32, name string) {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			for turn.Load() != me {
				runtime.Gosched()
			}
			mu.Lock()
			log = append(log, fmt.Sprint(name, i))
			mu.Unlock()
			turn.Store(1 - me)
		}
	}
	wg.Add(2)
	go player(0, "ping")
	go player(1, "pong")
	wg.Wait()
	fmt.Println(strings.Join(log, " "))

	// Three-way rotation.
	var t3 atomic.Int32
	var out []int
	for g := int32(0); g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				for t3.Load()%3 != g {
					runtime.Gosched()
				}
				out = append(out, int(g)*10+i)
				t3.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(out)

	// Gosched in a single goroutine just returns.
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	fmt.Println("done")

	// A goroutine that only makes progress because main yields
	// (relevant with GOMAXPROCS=1).
	var flag atomic.Bool
	go func() { flag.Store(true) }()
	spins := 0
	for !flag.Load() {
		runtime.Gosched()
		spins++
	}
	fmt.Println("flag set", flag.Load())
}
