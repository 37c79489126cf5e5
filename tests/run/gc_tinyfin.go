// run

// Finalizers of tiny objects: the pieces of a 16-byte block share its
// mark, so all of a dead block's finalizers are queued by the same cycle,
// and a block stays a root only during the cycle its P hands out pieces
// from it. A function literal that captures nothing is one static
// closure (it was a tiny heap object that kept its block alive), and
// the literals of the main package no longer take the captures of
// literals in the standard packages (sync, time) checked before it.

package main

import (
	"runtime"
	"sync"
	"time"
)

var finalized int
var mu sync.Mutex

func setup(n int) {
	for i := 0; i < n; i++ {
		x := new(int32) // a tiny piece: four to a block
		*x = int32(i)
		runtime.SetFinalizer(x, func(p *int32) {
			mu.Lock()
			finalized++
			mu.Unlock()
		})
	}
}

var sink func() int

func count() int {
	mu.Lock()
	defer mu.Unlock()
	return finalized
}

func main() {
	const N = 100
	setup(N)
	for k := 0; k < 3 && count() < N-4; k++ {
		runtime.GC()
		time.Sleep(20 * time.Millisecond)
	}
	println("tiny finalizers run:", count() >= N-4)

	// Capture-free literals allocate nothing.
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	for i := 0; i < 1000; i++ {
		sink = func() int { return 7 }
	}
	runtime.ReadMemStats(&ms1)
	println("closure mallocs:", ms1.Mallocs-ms0.Mallocs < 100, sink())

	// A literal that captures: its own variables, and nothing else.
	total := 0
	add := func(k int) { total += k }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	println("total:", total)
}
