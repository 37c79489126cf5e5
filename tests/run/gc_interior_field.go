// run

// The only reference to an object is an interior pointer: a pointer to
// one of its fields, to an array element, to a field of a slice element,
// or into the middle/end of a large (>32 KB, >1 MB) object.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type leaf struct {
	v int
	s string
}

type inner struct {
	a    *leaf
	n    int
	name string
}

type obj struct {
	flag  bool
	x     int64
	in    inner
	arr   [8]inner
	last  *leaf
	count int32
}

type bigObj struct {
	data [5000]inner // ~160 KB
	tail inner
}

type hugeObj struct {
	pad  [40000]int64 // ~320 KB of scalars
	ptrs [40000]*leaf // ~320 KB of pointers
	end  inner
}

var sink *obj

func churn(n int) {
	for i := 0; i < n; i++ {
		o := &obj{flag: true, x: -1, count: -1}
		o.in = inner{&leaf{-1, "poison"}, -1, "poison"}
		for j := range o.arr {
			o.arr[j] = o.in
		}
		o.last = o.in.a
		if i%1000 == 0 {
			sink = o
		}
	}
	sink = nil
}

func lf(i int) *leaf { return &leaf{i, "L" + strconv.Itoa(i)} }

func mkInner(i int) inner { return inner{lf(i), i, "in" + strconv.Itoa(i)} }

func okInner(p *inner, i int) bool {
	return p.n == i && numIs(p.name, "in", i) && p.a != nil && p.a.v == i && numIs(p.a.s, "L", i)
}

func mkObj(i int) *obj {
	o := &obj{flag: true, x: int64(i), count: int32(i)}
	o.in = mkInner(i)
	for j := range o.arr {
		o.arr[j] = mkInner(i*10 + j)
	}
	o.last = lf(-i)
	return o
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
	var fields []*inner // &o.in
	var elems []*inner  // &o.arr[k]
	var lasts []**leaf  // &o.last (last pointer field)
	var counts []*int32 // &o.count (scalar field at the end)
	var strs []*string  // &o.arr[k].name
	for i := 0; i < 2000; i++ {
		o := mkObj(i)
		switch i % 5 {
		case 0:
			fields = append(fields, &o.in)
		case 1:
			elems = append(elems, &o.arr[i%8])
		case 2:
			lasts = append(lasts, &o.last)
		case 3:
			counts = append(counts, &o.count)
		case 4:
			strs = append(strs, &o.arr[7].name)
		}
	}
	// Pointer to an element of a slice's backing array.
	var selems []*inner
	for k := 0; k < 50; k++ {
		s := make([]inner, 100)
		for j := range s {
			s[j] = mkInner(k*100 + j)
		}
		selems = append(selems, &s[(k*37)%100])
	}
	// Interior pointers into large objects.
	b := &bigObj{}
	for j := range b.data {
		b.data[j] = mkInner(j)
	}
	b.tail = mkInner(99999)
	pMid, pTail := &b.data[2500], &b.tail
	h := &hugeObj{}
	for j := range h.ptrs {
		h.pad[j] = int64(j)
		h.ptrs[j] = lf(j)
	}
	h.end = mkInner(-7)
	pEnd, pPtr, pPad := &h.end, &h.ptrs[39999], &h.pad[123]
	b, h = nil, nil

	for round := 0; round < 5; round++ {
		churn(8000)
		runtime.GC()
		bad := 0
		for k, p := range fields {
			if !okInner(p, k*5) {
				bad++
			}
		}
		for k, p := range elems {
			i := k*5 + 1
			if !okInner(p, i*10+i%8) {
				bad++
			}
		}
		for k, p := range lasts {
			i := k*5 + 2
			if (*p).v != -i || !numIs((*p).s, "L", -i) {
				bad++
			}
		}
		for k, p := range counts {
			if *p != int32(k*5+3) {
				bad++
			}
		}
		for k, p := range strs {
			if !numIs(*p, "in", (k*5+4)*10+7) {
				bad++
			}
		}
		for k, p := range selems {
			if !okInner(p, k*100+(k*37)%100) {
				bad++
			}
		}
		if !okInner(pMid, 2500) || !okInner(pTail, 99999) || !okInner(pEnd, -7) {
			bad++
		}
		if (*pPtr).v != 39999 || *pPad != 123 {
			bad++
		}
		fmt.Println("round", round, "bad", bad, len(fields), len(elems), len(lasts), len(counts), len(strs), len(selems))
		// Mutate through the interior pointers: the objects stay writable.
		for k, p := range lasts {
			*p = lf(-(k*5 + 2))
		}
	}
}
