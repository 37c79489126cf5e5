// run

package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

type S struct{ a, b int }

func main() {
	var i32 int32 = 5
	fmt.Println(atomic.AddInt32(&i32, 3), atomic.AddInt32(&i32, -10), atomic.LoadInt32(&i32))
	fmt.Println(atomic.SwapInt32(&i32, 7), atomic.CompareAndSwapInt32(&i32, 6, 1), atomic.CompareAndSwapInt32(&i32, 7, 1), i32)
	fmt.Println(atomic.AndInt32(&i32, 0), atomic.OrInt32(&i32, 6), atomic.AndInt32(&i32, 3), i32)
	i32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&i32, 1))
	atomic.StoreInt32(&i32, -1)
	fmt.Println(i32)

	var i64 int64
	fmt.Println(atomic.AddInt64(&i64, 1<<40), atomic.SwapInt64(&i64, -3), atomic.CompareAndSwapInt64(&i64, -3, 9), atomic.LoadInt64(&i64))
	fmt.Println(atomic.AndInt64(&i64, 12), atomic.OrInt64(&i64, 1), i64)
	atomic.StoreInt64(&i64, math.MinInt64)
	fmt.Println(atomic.AddInt64(&i64, -1))

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2), atomic.SwapUint32(&u32, 0xf0), atomic.AndUint32(&u32, 0x3c), atomic.OrUint32(&u32, 1), atomic.LoadUint32(&u32))
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 0x31, 0), u32)
	atomic.StoreUint32(&u32, 42)
	fmt.Println(u32)

	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.SwapUint64(&u64, 5), atomic.AndUint64(&u64, 4), atomic.OrUint64(&u64, 3), atomic.LoadUint64(&u64), atomic.CompareAndSwapUint64(&u64, 7, 8), u64)
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(u64)

	var up uintptr
	fmt.Println(atomic.AddUintptr(&up, 10), atomic.SwapUintptr(&up, 3), atomic.AndUintptr(&up, 1), atomic.OrUintptr(&up, 8), atomic.LoadUintptr(&up), atomic.CompareAndSwapUintptr(&up, 9, 0), up)
	atomic.StoreUintptr(&up, 77)
	fmt.Println(up)

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())

	var ti32 atomic.Int32
	fmt.Println(ti32.Add(5), ti32.Swap(2), ti32.CompareAndSwap(2, 3), ti32.And(1), ti32.Or(4), ti32.Load())
	ti32.Store(-9)
	fmt.Println(ti32.Load())
	var ti64 atomic.Int64
	fmt.Println(ti64.Add(-5), ti64.Swap(2), ti64.CompareAndSwap(3, 3), ti64.And(6), ti64.Or(4), ti64.Load())
	var tu32 atomic.Uint32
	fmt.Println(tu32.Add(5), tu32.Swap(2), tu32.CompareAndSwap(2, 3), tu32.And(1), tu32.Or(4), tu32.Load())
	var tu64 atomic.Uint64
	tu64.Store(100)
	fmt.Println(tu64.Add(^uint64(0)), tu64.Swap(2), tu64.CompareAndSwap(2, 3), tu64.And(1), tu64.Or(4), tu64.Load())
	var tup atomic.Uintptr
	fmt.Println(tup.Add(5), tup.Swap(2), tup.CompareAndSwap(2, 3), tup.And(1), tup.Or(4), tup.Load())
	tup.Store(1)
	fmt.Println(tup.Load())

	var v atomic.Value
	fmt.Println(v.Load())
	fmt.Println(v.CompareAndSwap(nil, 1), v.Load())
	v.Store(2)
	fmt.Println(v.Load(), v.Swap(3), v.Load(), v.CompareAndSwap(2, 4), v.CompareAndSwap(3, 4), v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store string", func() { v.Store("x") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap string", func() { v.Swap("x") })
	try("cas nil", func() { v.CompareAndSwap(4, nil) })
	try("cas mixed", func() { v.CompareAndSwap("x", 5) })
	try("cas wrong type", func() { v.CompareAndSwap(nil, "x") })
	fmt.Println(v.Load())
	var v2 atomic.Value
	fmt.Println(v2.Swap(S{1, 2}), v2.Load())
	v2.Store(S{3, 4})
	fmt.Println(v2.CompareAndSwap(S{3, 4}, S{5, 6}), v2.Load())
	var v3 atomic.Value
	v3.Store([]int{1})
	try("cas uncomparable", func() { v3.CompareAndSwap([]int{1}, []int{2}) })
	var v4 atomic.Value
	fmt.Println(v4.CompareAndSwap(7, 8), v4.Load())
	var v5 atomic.Value
	v5.Store(error(nil) == nil)
	fmt.Println(v5.Load())
}
