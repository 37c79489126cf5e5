// run

// Goroutines hammer shared words with every kind of atomic operation and
// the totals must come out exact: Add on globals, struct fields and array
// elements (wrapping around), CompareAndSwap loops, Swap passing tokens,
// Or/And on per-goroutine bits, typed atomics, and atomic.Value updated by
// Store and by CompareAndSwap loops while readers check each snapshot.

package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

const (
	workers = 8
	iters   = 5000
)

var total int64

type shard struct {
	hits  uint32
	bytes uint64
	typed atomic.Int32
	flag  atomic.Bool
}

type pair struct{ a, b int }

func main() {
	var wg sync.WaitGroup
	var shards [4]shard
	shards[0].hits = 1<<32 - 10 // wraps around
	var casCount uint64
	var bits uint64
	var bad atomic.Int64
	var slot int64 = -1 // tokens passed by Swap
	var swappedOut int64
	var ptrs [workers]uintptr
	var v, cv atomic.Value
	v.Store(pair{0, 0})
	cv.Store(0)

	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bit := uint64(1) << w
			for i := 0; i < iters; i++ {
				atomic.AddInt64(&total, 2)
				s := &shards[i%len(shards)]
				atomic.AddUint32(&s.hits, 1)
				atomic.AddUint64(&s.bytes, uint64(i))
				s.typed.Add(-1)
				s.flag.Store(i%2 == 0)
				for {
					old := atomic.LoadUint64(&casCount)
					if atomic.CompareAndSwapUint64(&casCount, old, old+3) {
						break
					}
				}
				// Only this goroutine touches its bit.
				if old := atomic.OrUint64(&bits, bit); old&bit != 0 {
					bad.Add(1)
				}
				if old := atomic.AndUint64(&bits, ^bit); old&bit == 0 {
					bad.Add(1)
				}
				atomic.AddInt64(&swappedOut, atomic.SwapInt64(&slot, int64(w*iters+i)))
				atomic.AddUintptr(&ptrs[w], 1)
				if i%50 == 0 {
					v.Store(pair{i, -i})
					runtime.Gosched()
				}
				if p := v.Load().(pair); p.a != -p.b {
					bad.Add(1)
				}
				if i%10 == 0 {
					for {
						n := cv.Load().(int)
						if cv.CompareAndSwap(n, n+1) {
							break
						}
					}
				}
			}
			atomic.OrUint64(&bits, bit)
		}()
	}
	wg.Wait()

	fmt.Println("total", atomic.LoadInt64(&total), "want", 2*workers*iters)
	for i := range shards {
		s := &shards[i]
		fmt.Println("shard", i, atomic.LoadUint32(&s.hits), atomic.LoadUint64(&s.bytes), s.typed.Load())
	}
	fmt.Println("cas", atomic.LoadUint64(&casCount), "want", 3*workers*iters)
	fmt.Printf("bits %#x bad %d\n", atomic.LoadUint64(&bits), bad.Load())
	// Every token but the last was swapped out exactly once.
	n := int64(workers * iters)
	sum := atomic.LoadInt64(&swappedOut) + atomic.LoadInt64(&slot)
	fmt.Println("tokens", sum == -1+n*(n-1)/2)
	per := true
	for i := range ptrs {
		per = per && atomic.LoadUintptr(&ptrs[i]) == iters
	}
	fmt.Println("per-goroutine counts", per)
	fmt.Println("value CAS count", cv.Load(), "want", workers*iters/10)
}
