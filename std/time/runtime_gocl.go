package time

// rtimer is the runtime's timer record; Go code only holds pointers to it
// (typed, so that the collector keeps the record alive).
type rtimer struct{ _ [8]uintptr }

// Provided by gocl's runtime (std/README.md, "time").

// walltime returns the current CLOCK_REALTIME reading.
func walltime() (sec int64, nsec int32)

// runtimeNano returns the current CLOCK_MONOTONIC reading in nanoseconds.
func runtimeNano() int64

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)

// newTimer starts a runtime timer that fires at the runtimeNano() deadline
// when; firing runs f in a new goroutine, and a positive period re-arms the
// timer every period nanoseconds. It returns the timer's handle.
func newTimer(when, period int64, f func()) *rtimer

// newChanTimer starts a runtime timer that, at the runtimeNano deadline
// when (and every period after, if positive), sends the current time on c
// unless c's one value is still unreceived. It returns the timer's handle.
func newChanTimer(when, period int64, c chan Time) *rtimer

// setNowParams tells the runtime how Now builds a Time, so that the values
// timers send are Now's.
func setNowParams(startNano, unixToInternal, monoWallStart, monoWallLen int64, local *Location)

func init() {
	setNowParams(startNano, unixToInternal, monoWallStart, monoWallLen, &localLoc)
}

// stopTimer stops timer t and reports whether it was pending (stopped
// before it fired).
func stopTimer(t *rtimer) bool

// resetTimer re-arms timer t and reports whether it was pending.
func resetTimer(t *rtimer, when, period int64) bool

// timerChan marks c as a timer's channel: len and cap report 0 for it, as
// for gc's synchronous timer channels (Go 1.23), while the runtime keeps
// one buffered value.
func timerChan(c chan Time)
