package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load. Once Store has been
// called, a Value must not be copied.
//
// An interface is two words, more than one atomic instruction covers, so
// the Value points to an immutable box holding the interface and every
// change publishes a new box with one pointer-sized atomic operation (gc
// instead stores the two words separately behind a "first store in
// progress" marker, with preemption disabled).
type Value struct {
	p *box // nil until the first store
}

// A box is never modified once a Value points to it.
type box struct {
	v any
}

// Pointer-sized atomic operations on a Value's box pointer, provided by
// the compiler like the exported functions (one instruction each; addr is
// never nil).
func loadBox(addr **box) *box
func storeBox(addr **box, val *box)
func swapBox(addr **box, new *box) (old *box)
func casBox(addr **box, old, new *box) (swapped bool)

// efaceType returns i's type word: its dynamic type's descriptor, which
// is unique per type (nil for a nil i).
func efaceType(i any) uintptr

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	b := loadBox(&v.p)
	if b == nil {
		return nil
	}
	return b.v
}

// Store sets the value of the Value v to val. All calls to Store for a
// given Value must use values of the same concrete type. Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	nb := &box{val}
	for {
		b := loadBox(&v.p)
		if b == nil {
			// The first store fixes the type: only one may win.
			if casBox(&v.p, nil, nb) {
				return
			}
			continue
		}
		if efaceType(b.v) != efaceType(val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		storeBox(&v.p, nb)
		return
	}
}

// Swap stores new into Value and returns the previous value. It returns nil
// if the Value is empty.
//
// All calls to Swap for a given Value must use values of the same concrete
// type. Swap of an inconsistent type panics, as does Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	nb := &box{new}
	for {
		b := loadBox(&v.p)
		if b == nil {
			if casBox(&v.p, nil, nb) {
				return nil
			}
			continue
		}
		if efaceType(b.v) != efaceType(new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		return swapBox(&v.p, nb).v
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
//
// All calls to CompareAndSwap for a given Value must use values of the same
// concrete type. CompareAndSwap of an inconsistent type panics, as does
// CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && efaceType(old) != efaceType(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	var nb *box // allocated only for a store
	for {
		b := loadBox(&v.p)
		if b == nil {
			if old != nil {
				return false
			}
			if nb == nil {
				nb = &box{new}
			}
			if casBox(&v.p, nil, nb) {
				return true
			}
			continue
		}
		if efaceType(b.v) != efaceType(new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Like gc, compare with == (panics for an incomparable old value).
		if b.v != old {
			return false
		}
		// A box that changed since the load may hold an equal value:
		// compare again rather than fail (gc fails).
		if nb == nil {
			nb = &box{new}
		}
		if casBox(&v.p, b, nb) {
			return true
		}
	}
}
