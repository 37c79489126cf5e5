package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines or tasks to finish.
// A WaitGroup must not be copied after first use.
type WaitGroup struct {
	// state: the counter in the high 32 bits, the number of waiters in
	// the low 32 bits.
	state uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup task counter. If
// the counter becomes zero, all goroutines blocked on Wait are released.
// If the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	s := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	n := int32(s >> 32)
	waiters := uint32(s)
	if n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if waiters != 0 && delta > 0 && n == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if n > 0 || waiters == 0 {
		return
	}
	// The counter reached zero with waiters: nobody may change the state
	// now; reset it and wake them all.
	if atomic.LoadUint64(&wg.state) != s {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.state, 0)
	for ; waiters != 0; waiters-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the WaitGroup task counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup task counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		s := atomic.LoadUint64(&wg.state)
		if s>>32 == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, s, s+1) {
			runtime_Semacquire(&wg.sema)
			if atomic.LoadUint64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup. When f
// returns, the task is removed from the WaitGroup. The function f must not
// panic: like go1.27, a panic in f is re-raised without the task being
// removed, so Wait cannot return before the program crashes.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go wg.run(f)
}

func (wg *WaitGroup) run(f func()) {
	finished := false
	defer func() {
		if !finished {
			if p := recover(); p != nil {
				panic(p)
			}
		}
		wg.Done()
	}()
	f()
	finished = true
}
