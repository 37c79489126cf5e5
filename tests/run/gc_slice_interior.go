// run

// Slices of pointers; the only reference to a backing array is a
// sub-slice such as s[500:] (an interior pointer), possibly with a length
// shorter than its capacity: the elements past len must survive too,
// since reslicing up to cap reaches them again.

package main

import (
	"fmt"
	"runtime"
)

type item struct {
	k    int
	peer *item
	pad  [3]int
}

var junk []*item

func churn(n int) {
	for i := 0; i < n; i++ {
		it := &item{k: -99, pad: [3]int{-1, -1, -1}}
		it.peer = it
		s := make([]*item, 8+i%56)
		for j := range s {
			s[j] = it
		}
		if i%1000 == 0 {
			junk = s
		}
	}
	junk = nil
}

func build(n, base int) []*item {
	s := make([]*item, n)
	for i := range s {
		s[i] = &item{k: base + i, pad: [3]int{i, i * 2, i * 3}}
		s[i].peer = &item{k: -(base + i)}
	}
	return s
}

func sum(s []*item, base int) (int, int) {
	t, bad := 0, 0
	for i, it := range s {
		if it == nil || it.k != base+i || it.peer == nil || it.peer.k != -(base+i) {
			bad++
			continue
		}
		j := it.k - base0(base)
		if it.pad != [3]int{j, j * 2, j * 3} {
			bad++
		}
		t += it.k
	}
	return t, bad
}

// base0 recovers the build base for the pad check (bases are multiples of 1e6).
func base0(b int) int { return b - b%1000000 }

func tail(n int) []*item {
	s := build(n, 1000000)
	return s[500:] // only interior reference escapes
}

func middle() []*item {
	s := build(2000, 2000000)
	return s[700:900] // len 200, cap 1300
}

type holder struct {
	a [64]*item
}

func arrSlice() []*item {
	h := &holder{}
	for i := range h.a {
		h.a[i] = &item{k: 3000000 + i, pad: [3]int{i, i * 2, i * 3}}
		h.a[i].peer = &item{k: -(3000000 + i)}
	}
	return h.a[10:20] // interior pointer into a struct's array field
}

func bytesTail() []byte {
	b := make([]byte, 100000)
	for i := range b {
		b[i] = byte(i % 251)
	}
	return b[99000:]
}

func strTail() []string {
	s := make([]string, 1000)
	for i := range s {
		s[i] = fmt.Sprint("str", i)
	}
	return s[990:]
}

func main() {
	t := tail(1500)
	m := middle()
	a := arrSlice()
	b := bytesTail()
	st := strTail()
	tb, mb := 1000500, 2000700
	for round := 0; round < 5; round++ {
		churn(15000)
		runtime.GC()
		s1, b1 := sum(t, tb)
		s2, b2 := sum(m, mb)
		full := m[:cap(m)]
		s3, b3 := sum(full, mb)
		s4, b4 := sum(a, 3000010)
		s5, b5 := sum(a[:cap(a)], 3000010)
		bb := 0
		for i, c := range b {
			if c != byte((99000+i)%251) {
				bb++
			}
		}
		sb := 0
		for i, s := range st {
			if s != fmt.Sprint("str", 990+i) {
				sb++
			}
		}
		fmt.Println(round, len(t), cap(t), s1, b1, len(m), cap(m), s2, b2, s3, b3, len(a), cap(a), s4, b4, s5, b5, len(b), bb, len(st), sb)
		// Shift the windows: the head becomes unreachable.
		t = t[100:]
		tb += 100
		m = m[1:]
		mb++
		junk = build(100, 0)
	}
	// Append to a tail with spare capacity writes into the shared array;
	// appending past cap reallocates and the old array is garbage.
	mm := m[:len(m):len(m)]
	mm = append(mm, &item{k: 42, peer: &item{k: -42}})
	churn(20000)
	runtime.GC()
	s, bad := sum(mm[:len(mm)-1], 2000705)
	fmt.Println("append", len(mm), s, bad, mm[len(mm)-1].k, mm[len(mm)-1].peer.k)
}
