package atomic

import "reflect"

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load. Once Store has been
// called, a Value must not be copied.
type Value struct {
	v   any
	set bool
}

// sameType reports whether a and b (both non-nil) have the same dynamic
// type. gocl's reflect.TypeOf returns a fresh Type for every call, so Types
// are not comparable with == there; fall back to the type's spelling,
// which only confuses distinct types with the same name (e.g. two
// function-local types T).
func sameType(a, b any) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta == tb {
		return true
	}
	return ta.String() == tb.String()
}

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return v.v
}

// Store sets the value of the Value v to val. All calls to Store for a
// given Value must use values of the same concrete type. Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.set && !sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
	v.set = true
}

// Swap stores new into Value and returns the previous value. It returns nil
// if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.set && !sameType(v.v, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	v.set = true
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
// All calls to CompareAndSwap for a given Value must use values of the
// same concrete type; the old value must be comparable.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if !v.set {
		if old != nil {
			return false
		}
		v.v = new
		v.set = true
		return true
	}
	if !sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	// Like go, compare with == (panics for an incomparable old value).
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
