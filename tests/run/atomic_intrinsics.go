// run

// Every sync/atomic function and typed method, at the edges: Add wraps
// around, CompareAndSwap that fails returns false and stores nothing,
// Swap/And/Or return the old value, Add the new one. Operands are locals,
// globals, struct fields, array and slice elements and heap objects;
// the functions are also deferred, started with go and used as values.
// A variable changed by a call is read back with a Load call in the same
// statement (the spec orders calls, not plain reads, left to right).

package main

import (
	"fmt"
	"math"
	"runtime"
	"sync/atomic"
)

var (
	gi32 int32
	gi64 int64
	gu32 uint32
	gu64 uint64
	gup  uintptr
	garr [4]uint64
	gcnt atomic.Int64
)

type rec struct {
	pad   byte
	n32   int32
	n64   int64
	u32   uint32
	flags uint64
	p     uintptr
	arr   [3]int32
	t     atomic.Int32
	b     atomic.Bool
	next  *rec
}

func int32s() {
	x := int32(math.MaxInt32)
	fmt.Println("AddInt32 wraps", atomic.AddInt32(&x, 1), atomic.LoadInt32(&x) == math.MinInt32)
	fmt.Println("AddInt32 back", atomic.AddInt32(&x, -1), atomic.LoadInt32(&x))
	fmt.Println("AddInt32 0", atomic.AddInt32(&x, 0))
	fmt.Println("SwapInt32", atomic.SwapInt32(&x, -5), atomic.LoadInt32(&x))
	fmt.Println("CAS fail", atomic.CompareAndSwapInt32(&x, 5, 9), atomic.LoadInt32(&x))
	fmt.Println("CAS ok", atomic.CompareAndSwapInt32(&x, -5, 9), atomic.LoadInt32(&x))
	fmt.Println("CAS same", atomic.CompareAndSwapInt32(&x, 9, 9), atomic.LoadInt32(&x))
	fmt.Println("AndInt32", atomic.AndInt32(&x, 0x0c), atomic.LoadInt32(&x))
	fmt.Println("OrInt32", atomic.OrInt32(&x, -0x80000000), atomic.LoadInt32(&x))
	fmt.Println("AndInt32 -1", atomic.AndInt32(&x, -1), atomic.LoadInt32(&x))
	atomic.StoreInt32(&x, math.MinInt32)
	fmt.Println("StoreInt32", atomic.LoadInt32(&x), atomic.AddInt32(&x, -1))
}

func int64s() {
	x := int64(math.MaxInt64)
	fmt.Println("AddInt64 wraps", atomic.AddInt64(&x, 1), atomic.LoadInt64(&x) == math.MinInt64)
	fmt.Println("AddInt64 big", atomic.AddInt64(&x, math.MaxInt64), atomic.LoadInt64(&x))
	fmt.Println("SwapInt64", atomic.SwapInt64(&x, 1<<40), atomic.LoadInt64(&x))
	fmt.Println("CAS fail", atomic.CompareAndSwapInt64(&x, 1<<41, 0), atomic.LoadInt64(&x))
	fmt.Println("CAS high bits differ", atomic.CompareAndSwapInt64(&x, 1<<40|1<<62, 0), atomic.LoadInt64(&x))
	fmt.Println("CAS ok", atomic.CompareAndSwapInt64(&x, 1<<40, -1), atomic.LoadInt64(&x))
	fmt.Println("AndInt64", atomic.AndInt64(&x, 0x7fff_0000_0000_00ff), atomic.LoadInt64(&x))
	fmt.Println("OrInt64", atomic.OrInt64(&x, math.MinInt64), atomic.LoadInt64(&x))
	atomic.StoreInt64(&x, -42)
	fmt.Println("StoreInt64", atomic.LoadInt64(&x))
}

func uint32s() {
	x := uint32(math.MaxUint32)
	fmt.Println("AddUint32 wraps", atomic.AddUint32(&x, 1), atomic.LoadUint32(&x))
	fmt.Println("AddUint32 -1", atomic.AddUint32(&x, ^uint32(0)), atomic.LoadUint32(&x))
	fmt.Println("AddUint32 -2", atomic.AddUint32(&x, ^uint32(1)), atomic.LoadUint32(&x))
	fmt.Println("SwapUint32", atomic.SwapUint32(&x, 0x8000_0001), atomic.LoadUint32(&x))
	fmt.Println("CAS fail", atomic.CompareAndSwapUint32(&x, 1, 2), atomic.LoadUint32(&x))
	fmt.Println("CAS ok", atomic.CompareAndSwapUint32(&x, 0x8000_0001, 0xf0f0_f0f0), atomic.LoadUint32(&x))
	fmt.Println("AndUint32", atomic.AndUint32(&x, 0xff00_ff00), atomic.LoadUint32(&x))
	fmt.Println("OrUint32", atomic.OrUint32(&x, 0x0f), atomic.LoadUint32(&x))
	atomic.StoreUint32(&x, 0xdead_beef)
	fmt.Println("StoreUint32", atomic.LoadUint32(&x))
}

func uint64s() {
	x := uint64(math.MaxUint64)
	fmt.Println("AddUint64 wraps", atomic.AddUint64(&x, 2), atomic.LoadUint64(&x))
	fmt.Println("AddUint64 -3", atomic.AddUint64(&x, ^uint64(2)), atomic.LoadUint64(&x))
	fmt.Println("SwapUint64", atomic.SwapUint64(&x, 1<<63), atomic.LoadUint64(&x))
	fmt.Println("CAS fail", atomic.CompareAndSwapUint64(&x, 1<<62, 0), atomic.LoadUint64(&x))
	fmt.Println("CAS ok", atomic.CompareAndSwapUint64(&x, 1<<63, 1<<63|5), atomic.LoadUint64(&x))
	fmt.Println("AndUint64", atomic.AndUint64(&x, 4), atomic.LoadUint64(&x))
	fmt.Println("OrUint64", atomic.OrUint64(&x, 1<<32), atomic.LoadUint64(&x))
	atomic.StoreUint64(&x, 1<<64-2)
	fmt.Println("StoreUint64", atomic.LoadUint64(&x))
}

func uintptrs() {
	x := ^uintptr(0)
	fmt.Println("AddUintptr wraps", atomic.AddUintptr(&x, 1), atomic.LoadUintptr(&x))
	fmt.Println("SwapUintptr", atomic.SwapUintptr(&x, 0x1000), atomic.LoadUintptr(&x))
	fmt.Println("CAS fail", atomic.CompareAndSwapUintptr(&x, 0x2000, 1), atomic.LoadUintptr(&x))
	fmt.Println("CAS ok", atomic.CompareAndSwapUintptr(&x, 0x1000, 0x1ff1), atomic.LoadUintptr(&x))
	fmt.Println("AndUintptr", atomic.AndUintptr(&x, 0xf0f), atomic.LoadUintptr(&x))
	fmt.Println("OrUintptr", atomic.OrUintptr(&x, 0x10000), atomic.LoadUintptr(&x))
	atomic.StoreUintptr(&x, 7)
	fmt.Println("StoreUintptr", atomic.LoadUintptr(&x), atomic.AddUintptr(&x, ^uintptr(7)))
}

func typed() {
	var b atomic.Bool
	fmt.Println("Bool", b.Load(), b.Swap(true), b.Swap(true), b.Load())
	fmt.Println("Bool CAS", b.CompareAndSwap(false, false), b.Load(), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	b.Store(false)
	fmt.Println("Bool Store", b.Load())

	var i32 atomic.Int32
	i32.Store(math.MaxInt32)
	fmt.Println("Int32", i32.Add(1), i32.Swap(3), i32.CompareAndSwap(4, 5), i32.CompareAndSwap(3, 6), i32.And(4), i32.Or(9), i32.Load())
	var i64 atomic.Int64
	i64.Store(math.MinInt64)
	fmt.Println("Int64", i64.Add(-1), i64.Swap(-2), i64.CompareAndSwap(2, 0), i64.CompareAndSwap(-2, 12), i64.And(10), i64.Or(-16), i64.Load())
	var u32 atomic.Uint32
	fmt.Println("Uint32", u32.Add(^uint32(0)), u32.Swap(8), u32.CompareAndSwap(9, 1), u32.CompareAndSwap(8, 12), u32.And(6), u32.Or(1), u32.Load())
	var u64 atomic.Uint64
	u64.Store(math.MaxUint64)
	fmt.Println("Uint64", u64.Add(1), u64.Swap(1<<63), u64.CompareAndSwap(0, 1), u64.CompareAndSwap(1<<63, 3), u64.And(2), u64.Or(8), u64.Load())
	var up atomic.Uintptr
	fmt.Println("Uintptr", up.Add(^uintptr(0)), up.Swap(16), up.CompareAndSwap(15, 0), up.CompareAndSwap(16, 17), up.And(1), up.Or(2), up.Load())
}

func places() {
	// Globals.
	atomic.AddInt32(&gi32, 3)
	atomic.StoreInt64(&gi64, -9)
	atomic.OrUint32(&gu32, 6)
	atomic.SwapUint64(&gu64, 1<<50)
	atomic.CompareAndSwapUintptr(&gup, 0, 99)
	fmt.Println("globals", gi32, gi64, gu32, gu64, gup)
	for i := range garr {
		atomic.AddUint64(&garr[i], uint64(i)*10)
	}
	atomic.AndUint64(&garr[3], 16)
	fmt.Println("global array", garr, atomic.LoadUint64(&garr[2]))
	gcnt.Add(5)
	fmt.Println("global typed", gcnt.Load())

	// Fields of a local struct and of a heap one, nested arrays.
	var r rec
	atomic.AddInt32(&r.n32, -1)
	atomic.AddInt64(&r.n64, 1<<33)
	atomic.StoreUint32(&r.u32, 77)
	atomic.OrUint64(&r.flags, 0x100)
	atomic.SwapUintptr(&r.p, 12)
	atomic.AddInt32(&r.arr[1], 8)
	r.t.Add(4)
	r.b.Store(true)
	fmt.Println("local struct", r.pad, r.n32, r.n64, r.u32, r.flags, r.p, r.arr, r.t.Load(), r.b.Load())

	h := &rec{next: &rec{}}
	for i := 0; i < 3; i++ {
		atomic.AddInt32(&h.next.arr[i], int32(i+1))
		h.next.t.Add(int32(i))
	}
	fmt.Println("heap struct", h.next.arr, h.next.t.Load())
	fmt.Println("heap CAS", atomic.CompareAndSwapInt32(&h.next.arr[2], 3, 30), atomic.LoadInt32(&h.next.arr[2]))

	// Slice elements and new'd words.
	s := make([]int64, 5)
	for i := range s {
		atomic.StoreInt64(&s[i], int64(i*i))
	}
	atomic.AddInt64(&s[4], 100)
	fmt.Println("slice", s, atomic.LoadInt64(&s[3]))
	p := new(uint32)
	atomic.AddUint32(p, 41)
	fmt.Println("new", atomic.AddUint32(p, 1), atomic.LoadUint32(p))

	// A local whose address goes to an atomic stays shared with closures.
	n := int64(0)
	inc := func() { atomic.AddInt64(&n, 2) }
	inc()
	inc()
	fmt.Println("captured", n, atomic.LoadInt64(&n))
}

func values() {
	// As func values, deferred and with go: through real function bodies.
	add := atomic.AddInt64
	load := atomic.LoadInt64
	cas := atomic.CompareAndSwapUint32
	var x int64
	var u uint32 = 1
	fmt.Println("func values", add(&x, 10), add(&x, -3), load(&x), cas(&u, 0, 5), cas(&u, 1, 5), atomic.LoadUint32(&u))
	ops := []func(*uint64, uint64) uint64{atomic.AddUint64, atomic.SwapUint64, atomic.AndUint64, atomic.OrUint64}
	var y uint64 = 6
	for _, f := range ops {
		fmt.Print(f(&y, 3), " ", atomic.LoadUint64(&y), "; ")
	}
	fmt.Println()

	var done uint32
	func() {
		defer atomic.StoreUint32(&done, 1)
		defer fmt.Println("deferred store pending", atomic.LoadUint32(&done))
	}()
	fmt.Println("deferred store done", done)

	var started int64
	for i := 0; i < 10; i++ {
		go atomic.AddInt64(&started, 1)
	}
	for atomic.LoadInt64(&started) < 10 {
		runtime.Gosched()
	}
	fmt.Println("go AddInt64", atomic.LoadInt64(&started))

	var v atomic.Value
	store := v.Store
	store("a")
	fmt.Println("method value", v.Load(), v.Swap("b"), v.CompareAndSwap("b", "c"), v.Load())
}

type named struct{ a, b int }

func atomicValues() {
	var v atomic.Value
	fmt.Println("empty", v.Load(), v.Load() == nil)
	fmt.Println("cas empty non-nil old", v.CompareAndSwap(1, 2), v.Load())
	fmt.Println("cas empty nil old", v.CompareAndSwap(nil, 2), v.Load())
	fmt.Println("cas wrong old", v.CompareAndSwap(3, 4), v.Load())
	fmt.Println("cas", v.CompareAndSwap(2, 4), v.Load())
	fmt.Println("swap", v.Swap(5), v.Load())
	v.Store(6)
	fmt.Println("store", v.Load())

	var w atomic.Value
	fmt.Println("swap empty", w.Swap(named{1, 2}), w.Load())
	fmt.Println("cas struct", w.CompareAndSwap(named{1, 2}, named{3, 4}), w.CompareAndSwap(named{1, 2}, named{5, 6}), w.Load())
	// A stored value is a copy.
	n := named{7, 8}
	w.Store(n)
	n.a = 0
	fmt.Println("copy", w.Load(), n)

	var p atomic.Value
	x, y := new(int), new(int)
	p.Store(x)
	fmt.Println("pointers", p.Load() == x, p.CompareAndSwap(y, y), p.CompareAndSwap(x, y), p.Load() == y)

	// Two function-local types with the same name are different types.
	type T int
	var lt atomic.Value
	lt.Store(T(1))
	func() {
		type T int
		defer func() { fmt.Println("other T:", recover()) }()
		lt.Store(T(2))
	}()
	fmt.Println("local T kept", lt.Load())

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "->", recover()) }()
		f()
	}
	try("store nil", func() { v.Store(nil) })
	try("store string", func() { v.Store("s") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap string", func() { v.Swap("s") })
	try("cas nil new", func() { v.CompareAndSwap(6, nil) })
	try("cas mixed", func() { v.CompareAndSwap(6, "s") })
	try("cas other type", func() { v.CompareAndSwap(nil, "s") })
	var e atomic.Value
	try("empty store nil", func() { e.Store(nil) })
	var sl atomic.Value
	sl.Store([]int{1})
	try("cas uncomparable", func() { sl.CompareAndSwap([]int{1}, []int{2}) })
	try("cas uncomparable nil old", func() { fmt.Println(sl.CompareAndSwap(nil, []int{2})) })
	fmt.Println("after panics", v.Load(), e.Load(), sl.Load())
}

func main() {
	int32s()
	int64s()
	uint32s()
	uint64s()
	uintptrs()
	typed()
	places()
	values()
	atomicValues()
}
