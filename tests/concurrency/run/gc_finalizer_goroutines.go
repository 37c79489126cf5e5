// run

// Finalizers under concurrency: eight goroutines allocate objects with
// finalizers (and garbage) while the collector runs; every finalizer runs
// exactly once, sees its object intact, and objects still referenced are
// not finalized.

package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type obj struct {
	id    int
	check int
	next  *obj
	pad   [6]int
}

const (
	workers = 8
	per     = 500
)

var (
	ran     atomic.Int64
	bad     atomic.Int64
	seen    [workers * per]atomic.Int32
	keepers [workers]*obj
)

func finalize(o *obj) {
	if o.check != o.id*7+1 || (o.next != nil && o.next.id != o.id) {
		bad.Add(1)
	}
	seen[o.id].Add(1)
	ran.Add(1)
}

func work(w int, wg *sync.WaitGroup) {
	defer wg.Done()
	var garbage [][]byte
	for i := 0; i < per; i++ {
		id := w*per + i
		o := &obj{id: id, check: id*7 + 1}
		o.next = &obj{id: id}
		runtime.SetFinalizer(o, finalize)
		if i == per-1 {
			keepers[w] = o // stays reachable: never finalized
		}
		garbage = append(garbage, make([]byte, 256))
		if len(garbage) > 64 {
			garbage = nil
			runtime.Gosched()
		}
	}
}

func main() {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go work(w, &wg)
	}
	wg.Wait()
	want := int64(workers*per - workers)
	deadline := time.Now().Add(10 * time.Second)
	for ran.Load() < want && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	twice := 0
	for i := range seen {
		if seen[i].Load() > 1 {
			twice++
		}
	}
	kept := 0
	for w, k := range keepers {
		if k.id == w*per+per-1 && seen[k.id].Load() == 0 {
			kept++
		}
	}
	fmt.Println("finalized", ran.Load(), "of", want, "bad", bad.Load(), "twice", twice, "kept", kept)
}
