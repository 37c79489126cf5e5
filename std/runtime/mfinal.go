package runtime

// SetFinalizer sets the finalizer of obj, a pointer to an object
// allocated by new, a composite literal or make, to finalizer, a function
// of one argument to which obj's type can be assigned; nil clears it.
// When the collector finds obj unreachable, it queues finalizer(obj) to
// run on the finalizer goroutine and obj survives that cycle.
//
// The compiler turns each call SetFinalizer(obj, f) into a call of
// setFinalizer with a closure that calls f(obj); what a call through a
// func value cannot know (f's type) leaves only clearing possible here.
func SetFinalizer(obj any, finalizer any) {
	if finalizer != nil {
		panic("gocl: runtime.SetFinalizer called through a func value is not supported")
	}
	addfinalizer(obj, nil, 0, true)
}

// fingStarted says whether the finalizer goroutine runs.
var fingStarted bool

// setFinalizer is what the compiler makes of SetFinalizer(obj, f): fin
// calls f with obj's words (which it does not keep alive), ftyp is f's
// type descriptor (0 for a nil f) and ok whether obj can be passed to f.
func setFinalizer(obj any, fin func(), ftyp uintptr, ok bool) {
	if fin != nil && !fingStarted {
		fingStarted = true
		go runfinq()
	}
	addfinalizer(obj, fin, ftyp, ok)
}

// runfinq is the finalizer goroutine: it runs queued finalizers one at a
// time, forever.
func runfinq() {
	for {
		obj, fin := nextFinalizer()
		fin()
		KeepAlive(obj)
	}
}

// addfinalizer records (or, for a nil fin, clears) obj's finalizer, with
// gc's checks (runtime/src/finalizer.rs).
func addfinalizer(obj any, fin func(), ftyp uintptr, ok bool)

// nextFinalizer waits for a queued finalizer and returns its object and
// closure.
func nextFinalizer() (obj *byte, fin func())
