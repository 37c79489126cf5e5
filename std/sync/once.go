package sync

import "sync/atomic"

// Once is an object that will perform exactly one action. A Once must not
// be copied after first use.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once. No call to Do returns until the one call
// to f returns; if f panics, Do considers it to have returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. The returned
// function may be called concurrently. If f panics, the returned function
// will panic with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once     Once
		finished bool
		failure  any
	)
	call := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		f()
		f = nil // let f be collected
		finished = true
	}
	return func() {
		once.Do(call)
		if !finished {
			panic(failure)
		}
	}
}
