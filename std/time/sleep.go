package time

import "sync"

// The Timer and Ticker implementation. The runtime runs a timer's function
// in a new goroutine when the timer fires (runtime_gocl.go). For channel
// timers that function does a non-blocking send of the current time on a
// channel of capacity 1, and Stop and Reset drain that channel, so that (as
// in go1.23 and later) no value prepared before a Stop or Reset is received
// after it returns. Differences from go: len and cap of the channel report
// 1 rather than 0 while a value is ready, and a ticker that nobody reads
// keeps one value buffered rather than none.

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

type runtimeTimer struct {
	handle *rtimer
	c      chan Time // nil for AfterFunc timers

	// For channel timers: active means armed and its value not delivered
	// yet. A firing delivers only while active and not before deadline, so
	// that a firing that was already under way when Stop or Reset ran is
	// dropped.
	mu       sync.Mutex
	active   bool
	deadline int64
	periodic bool
}

// when returns the runtimeNano deadline d from now, saturated.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // overflow
	}
	return t
}

func newChanTimer(d, period Duration) *runtimeTimer {
	r := &runtimeTimer{c: make(chan Time, 1), active: true, periodic: period > 0}
	timerChan(r.c)
	r.deadline = when(d)
	r.handle = newTimer(r.deadline, int64(period), r.fire)
	return r
}

// fire runs in its own goroutine each time the runtime timer fires.
// Firings of a ticker may run at once on different Ps: the time is read
// under the lock, so that the values sent increase.
func (r *runtimeTimer) fire() {
	if !r.mu.TryLock() {
		if r.periodic {
			// Another tick or a Stop/Reset is under way: this tick is
			// dropped (as ticks for slow receivers are). Waiting for the
			// lock would let fast tickers pile up goroutines on it.
			return
		}
		r.mu.Lock()
	}
	if r.active && runtimeNano() >= r.deadline {
		select {
		case r.c <- Now():
		default:
		}
		if !r.periodic {
			r.active = false
		}
	}
	r.mu.Unlock()
}

// stop stops r and empties its channel. Like go1.23's, it reports
// whether the timer's value had not been received yet: the timer was
// pending, or it fired but its value was still waiting in the channel.
func (r *runtimeTimer) stop() bool {
	r.mu.Lock()
	stopTimer(r.handle)
	pending := r.active
	r.active = false
	if r.drain() {
		pending = true
	}
	r.mu.Unlock()
	return pending
}

// reset re-arms r to fire after d (then every period, if positive),
// emptying its channel; it reports what stop would have.
func (r *runtimeTimer) reset(d, period Duration) bool {
	r.mu.Lock()
	pending := r.active
	if r.drain() {
		pending = true
	}
	r.deadline = when(d)
	r.active = true
	r.periodic = period > 0
	resetTimer(r.handle, r.deadline, int64(period))
	r.mu.Unlock()
	return pending
}

// drain empties r's channel and reports whether it held a value.
func (r *runtimeTimer) drain() bool {
	select {
	case <-r.c:
		return true
	default:
		return false
	}
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	r := newChanTimer(d, 0)
	return &Timer{C: r.c, r: r}
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped. For a
// channel timer (as in go1.23 and later) the timer counts as expired only
// once its value has been received, and no stale value is received from
// t.C after Stop returns.
// For an AfterFunc timer, false means that f has been started in its own
// goroutine.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	if t.r.c == nil {
		return stopTimer(t.r.handle)
	}
	return t.r.stop()
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped. For a channel timer, no stale value is received from t.C after
// Reset returns.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	if t.r.c == nil {
		return resetTimer(t.r.handle, when(d), 0)
	}
	return t.r.reset(d, 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method. The returned Timer's C field is not used and will be
// nil.
func AfterFunc(d Duration, f func()) *Timer {
	r := &runtimeTimer{}
	r.handle = newTimer(when(d), 0, f)
	return &Timer{r: r}
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The ticker will adjust the time
// interval or drop ticks to make up for slow receivers. The duration d
// must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	r := newChanTimer(d, d)
	return &Ticker{C: r.c, r: r}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r == nil {
		// Like go, stopping a Ticker not made by NewTicker does nothing.
		return
	}
	t.r.stop()
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.r.reset(d, d)
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
