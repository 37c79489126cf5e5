// run

// sync/atomic: AddInt64, Load/Store, CompareAndSwap, Swap, and the typed
// atomic.Int64, Int32, Uint64, Bool values, under contention.

package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	bytes  atomic.Uint64
	ready  atomic.Bool
}

func main() {
	var n int64
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("AddInt64", atomic.LoadInt64(&n))

	var st stats
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if i%4 == 0 {
					st.misses.Add(1)
				} else {
					st.hits.Add(1)
				}
				st.bytes.Add(uint64(i))
			}
			st.ready.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println("hits", st.hits.Load(), "misses", st.misses.Load(), "bytes", st.bytes.Load(), "ready", st.ready.Load())

	// CompareAndSwap as a spin lock guarding a plain int.
	var lock int32
	plain := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
					runtime.Gosched()
				}
				plain++
				atomic.StoreInt32(&lock, 0)
			}
		}()
	}
	wg.Wait()
	fmt.Println("spin-locked", plain)

	// Exactly one CompareAndSwap from 0 wins.
	var winner atomic.Int64
	var wins atomic.Int32
	for g := 1; g <= 30; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if winner.CompareAndSwap(0, int64(g)) {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	w := winner.Load()
	fmt.Println("wins", wins.Load(), "winner in range", w >= 1 && w <= 30)

	// Swap returns the old value.
	var x atomic.Int64
	x.Store(5)
	fmt.Println(x.Swap(9), x.Load())
	var u uint32 = 10
	fmt.Println(atomic.SwapUint32(&u, 20), atomic.LoadUint32(&u))
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), u)
	var i64 int64 = -3
	fmt.Println(atomic.AddInt64(&i64, -7), atomic.CompareAndSwapInt64(&i64, -10, 4), i64)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, -10, 5), i64)

	// And/Or (Go 1.23).
	var flags atomic.Uint32
	flags.Or(0b1010)
	flags.Or(0b0101)
	old := flags.And(0b0110)
	fmt.Println(old, flags.Load())

	// Max concurrency tracking with atomics.
	var cur, peak atomic.Int32
	sem := make(chan struct{}, 3)
	for g := 0; g < 30; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			c := cur.Add(1)
			for {
				p := peak.Load()
				if c <= p || peak.CompareAndSwap(p, c) {
					break
				}
			}
			runtime.Gosched()
			cur.Add(-1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 3", peak.Load() <= 3, "cur", cur.Load())
}
