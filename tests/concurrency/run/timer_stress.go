// run

// Timers armed, stopped and reset by goroutines on every P at once: a
// stopped timer never delivers, a reset one delivers once, AfterFuncs run
// exactly when their Stop says they had not, and tickers stop ticking.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func chanTimers(seed int, bad *atomic.Int64) {
	x := uint32(seed*7919 + 1)
	for i := 0; i < 1500; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		d := time.Duration(x%200) * time.Microsecond
		t := time.NewTimer(d)
		switch x % 3 {
		case 0:
			// Stop: whatever it returns, no value may arrive afterwards.
			t.Stop()
			select {
			case <-t.C:
				bad.Add(1)
			default:
			}
		case 1:
			// Reset: exactly one value arrives.
			t.Reset(d / 2)
			<-t.C
			select {
			case <-t.C:
				bad.Add(1)
			case <-time.After(300 * time.Microsecond):
			}
		case 2:
			<-t.C
		}
	}
}

func afterFuncs(seed int, ran, stoppedEarly *atomic.Int64) {
	var wg sync.WaitGroup
	for i := 0; i < 500; i++ {
		wg.Add(1)
		var once atomic.Bool
		t := time.AfterFunc(time.Duration((i*seed)%300)*time.Microsecond, func() {
			if once.Swap(true) {
				panic("AfterFunc ran twice")
			}
			ran.Add(1)
			wg.Done()
		})
		if i%2 == 0 && t.Stop() {
			stoppedEarly.Add(1)
			wg.Done()
		}
	}
	wg.Wait()
}

func tickers(bad *atomic.Int64) {
	for i := 0; i < 20; i++ {
		tk := time.NewTicker(200 * time.Microsecond)
		for k := 0; k < 3; k++ {
			<-tk.C
		}
		tk.Stop()
		select {
		case <-tk.C:
			bad.Add(1)
		case <-time.After(time.Millisecond):
		}
	}
}

func main() {
	var bad, ran, stopped atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(3)
		go func() { defer wg.Done(); chanTimers(g, &bad) }()
		go func() { defer wg.Done(); afterFuncs(g+1, &ran, &stopped) }()
		go func() { defer wg.Done(); tickers(&bad) }()
	}
	wg.Wait()
	fmt.Println("late deliveries:", bad.Load())
	fmt.Println("AfterFuncs accounted for:", ran.Load()+stopped.Load())
}
