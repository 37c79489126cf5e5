package time

import "sync"

// The Timer and Ticker implementation. A channel timer's channel has
// capacity 1; when the timer fires, the runtime's scheduler sends the
// current time on it unless its value is still unreceived, as gc's timers
// do (runtime_gocl.go). Stop and Reset take the timer out of the runtime's
// queue first and then drain the channel, so that (as in go1.23 and later)
// no value prepared before a Stop or Reset is received after it returns.
// Differences from go: a ticker that nobody reads keeps one value buffered
// rather than none.

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

	// Serializes Stop and Reset of a channel timer: each takes the timer
	// out of the queue and drains the channel, with nothing in between.
	mu sync.Mutex
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

func makeChanTimer(d, period Duration) *runtimeTimer {
	r := &runtimeTimer{c: make(chan Time, 1)}
	timerChan(r.c)
	r.handle = newChanTimer(when(d), int64(period), r.c)
	return r
}

// stop stops r and empties its channel. Like go1.23's, it reports
// whether the timer's value had not been received yet: the timer was
// pending, or it fired but its value was still waiting in the channel.
func (r *runtimeTimer) stop() bool {
	r.mu.Lock()
	// Once out of the queue the timer cannot send: what it sent before
	// is in the channel.
	pending := stopTimer(r.handle)
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
	pending := stopTimer(r.handle)
	if r.drain() {
		pending = true
	}
	resetTimer(r.handle, when(d), int64(period))
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
	r := makeChanTimer(d, 0)
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
	r := makeChanTimer(d, d)
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
