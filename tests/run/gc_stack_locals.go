// run

// Heap objects referenced only from stack-allocated locals that never
// escape: local arrays of pointers, local structs with pointer fields,
// large arrays passed and returned by value, address-taken locals whose
// address stays in the frame, and locals live across loops that collect.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type item struct {
	n int
	s string
}

type frame struct {
	a     *item
	flags [5]bool
	b     *item
	f     float64
	list  [8]*item
}

var sink *item

func churn(n int) {
	for i := 0; i < n; i++ {
		x := &item{-1, "poison"}
		if i%888 == 0 {
			sink = x
		}
	}
	sink = nil
}

func it(i int) *item { return &item{i, "i" + strconv.Itoa(i)} }

func ok(p *item, i int) bool { return p != nil && p.n == i && numIs(p.s, "i", i) }

// byValue receives a big array by value; the caller's copy is dead.
func byValue(arr [256]*item, base int) int {
	churn(20000)
	runtime.GC()
	bad := 0
	for i, p := range arr {
		if !ok(p, base+i) {
			bad++
		}
	}
	return bad
}

func makeArr(base int) [256]*item {
	var arr [256]*item
	for i := range arr {
		arr[i] = it(base + i)
	}
	return arr
}

func localFrame(k int) int {
	var fr frame // does not escape
	fr.a = it(k)
	fr.b = it(k + 1)
	fr.f = 1.5
	for i := range fr.list {
		fr.list[i] = it(k + 10 + i)
	}
	p := &fr.list[3] // address taken, stays local
	bad := 0
	for round := 0; round < 3; round++ {
		churn(15000)
		runtime.GC()
		if !ok(fr.a, k) || !ok(fr.b, k+1) || fr.f != 1.5 || !ok(*p, k+13) {
			bad++
		}
		for i, q := range fr.list {
			if !ok(q, k+10+i) {
				bad++
			}
		}
		*p = it(k + 13) // old one becomes garbage
	}
	return bad
}

// Many scalar and pointer locals live across a collecting loop.
func manyLocals() int {
	a, b, c, d := it(1), it(2), it(3), it(4)
	s1, s2 := "x"+strconv.Itoa(5), "y"+strconv.Itoa(6)
	n1, n2 := 7, 8
	sl := []*item{it(9), it(10)}
	var e interface{} = it(11)
	f := func() int { return a.n + d.n }
	bad := 0
	for i := 0; i < 5; i++ {
		churn(10000)
		if i%2 == 0 {
			runtime.GC()
		}
		if !ok(a, 1) || !ok(b, 2) || !ok(c, 3) || !ok(d, 4) || s1 != "x5" || s2 != "y6" || n1+n2 != 15 {
			bad++
		}
		if !ok(sl[0], 9) || !ok(sl[1], 10) || !ok(e.(*item), 11) || f() != 5 {
			bad++
		}
		a, b = b, a // swap: still both live
		a, b = b, a
	}
	return bad
}

// A pointer that is live in one branch of a loop and dead in another.
func phases() int {
	bad := 0
	var keep *item
	for i := 0; i < 20; i++ {
		if i%5 == 0 {
			keep = it(i)
		}
		churn(3000)
		if i%4 == 0 {
			runtime.GC()
		}
		if !ok(keep, i-i%5) {
			bad++
		}
	}
	return bad
}

// numIs reports whether s is prefix followed by the decimal form of v,
// without allocating (verification must not add garbage of its own).
func numIs(s, prefix string, v int) bool {
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return false
	}
	s = s[len(prefix):]
	if v < 0 {
		if s[0] != '-' {
			return false
		}
		s, v = s[1:], -v
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] != byte('0'+v%10) {
			return false
		}
		v /= 10
	}
	return len(s) > 0 && v == 0
}

func main() {
	for round := 0; round < 3; round++ {
		arr := makeArr(round * 1000)
		b1 := byValue(arr, round*1000)
		b2 := localFrame(round * 100)
		b3 := manyLocals()
		b4 := phases()
		var big [2000]*item // 16 KB array on main's stack
		for i := range big {
			big[i] = it(i)
		}
		churn(30000)
		runtime.GC()
		b5 := 0
		for i, p := range big {
			if !ok(p, i) {
				b5++
			}
		}
		fmt.Println("round", round, b1, b2, b3, b4, b5)
	}
}
