// run

// Structs whose pointer-bearing fields sit at unusual offsets: after
// bools, int8s, int16s, float64s, complex128s, byte arrays, zero-size
// fields and nested structs; every kind of pointerful field (pointer,
// string, slice, map, interface, func, chan). Held in heap arrays, copied
// by value, and nested in arrays of structs; verified after garbage.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type T struct {
	v int
	s string
}

type inner struct {
	b  bool
	p  *T
	i8 int8
}

type odd struct {
	b1   bool
	p1   *T
	i8   int8
	i16  int16
	s    string
	f    float64
	bs   [3]byte
	sl   []*T
	c    complex128
	e    struct{}
	m    map[int]*T
	z    [0]*T
	u8   uint8
	x    interface{}
	in   inner
	arr  [3]inner
	i32  int32
	fn   func() int
	ch   chan *T
	last *T
}

type packed struct {
	a byte
	p *T
}

type wrapper struct {
	flag bool
	odd
	tail [2]packed
}

var sink *odd

func churn(n int) {
	for i := 0; i < n; i++ {
		o := &odd{b1: true, i8: -1, s: "poison", f: -1, u8: 0xFF, i32: -1}
		o.p1 = &T{-1, "poison"}
		o.last = o.p1
		o.arr[1].p = o.p1
		if i%700 == 0 {
			sink = o
		}
	}
	sink = nil
}

func t(i int) *T { return &T{i, "T" + strconv.Itoa(i)} }

func okT(p *T, i int) bool { return p != nil && p.v == i && numIs(p.s, "T", i) }

func mk(i int) odd {
	o := odd{b1: i%2 == 0, p1: t(i), i8: int8(i), i16: int16(i * 3), s: "s" + strconv.Itoa(i), f: float64(i) + 0.25,
		bs: [3]byte{byte(i), 1, 2}, sl: []*T{t(i + 1), nil, t(i + 2)}, c: complex(float64(i), 1),
		m: map[int]*T{i: t(i + 3)}, u8: uint8(i), x: t(i + 4), in: inner{true, t(i + 5), 5},
		i32: int32(-i), ch: make(chan *T, 1), last: t(i + 9)}
	for k := range o.arr {
		o.arr[k] = inner{k == 1, t(i + 6 + k), int8(k)}
	}
	captured := t(i + 10)
	o.fn = func() int { return captured.v }
	o.ch <- t(i + 11)
	return o
}

func check(o *odd, i int) bool {
	if o.b1 != (i%2 == 0) || !okT(o.p1, i) || o.i8 != int8(i) || o.i16 != int16(i*3) || !numIs(o.s, "s", i) || o.f != float64(i)+0.25 {
		return false
	}
	if o.bs != [3]byte{byte(i), 1, 2} || len(o.sl) != 3 || !okT(o.sl[0], i+1) || o.sl[1] != nil || !okT(o.sl[2], i+2) || o.c != complex(float64(i), 1) {
		return false
	}
	if len(o.m) != 1 || !okT(o.m[i], i+3) || o.u8 != uint8(i) || !okT(o.x.(*T), i+4) || !o.in.b || !okT(o.in.p, i+5) || o.in.i8 != 5 {
		return false
	}
	for k := range o.arr {
		if o.arr[k].b != (k == 1) || !okT(o.arr[k].p, i+6+k) || o.arr[k].i8 != int8(k) {
			return false
		}
	}
	if o.i32 != int32(-i) || o.fn() != i+10 || !okT(o.last, i+9) {
		return false
	}
	p := <-o.ch
	o.ch <- p
	return okT(p, i+11)
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
	objs := make([]odd, 1500)
	for i := range objs {
		objs[i] = mk(i)
		if i%100 == 0 {
			churn(1000)
		}
	}
	ws := make([]*wrapper, 500)
	for i := range ws {
		ws[i] = &wrapper{flag: true, odd: mk(i + 5000), tail: [2]packed{{1, t(i)}, {2, t(-i)}}}
	}
	var local [4]odd // arrays of odd structs on the stack
	for k := range local {
		local[k] = mk(9000 + k)
	}
	ps := make([]packed, 3000)
	for i := range ps {
		ps[i] = packed{byte(i), t(i * 2)}
	}

	for round := 0; round < 5; round++ {
		churn(10000)
		runtime.GC()
		bad := 0
		for i := range objs {
			if !check(&objs[i], i) {
				bad++
			}
		}
		for i, w := range ws {
			if !w.flag || !check(&w.odd, i+5000) || w.tail[0].a != 1 || !okT(w.tail[0].p, i) || w.tail[1].a != 2 || !okT(w.tail[1].p, -i) {
				bad++
			}
		}
		for k := range local {
			c := local[k] // copy by value
			if !check(&c, 9000+k) {
				bad++
			}
		}
		for i, p := range ps {
			if p.a != byte(i) || !okT(p.p, i*2) {
				bad++
			}
		}
		fmt.Println("round", round, "bad", bad)
		// Copy structs around by value; the originals are overwritten.
		for i := round; i+1 < len(objs); i += 50 {
			objs[i], objs[i+1] = objs[i+1], objs[i]
			objs[i], objs[i+1] = objs[i+1], objs[i]
			objs[i] = mk(i)
		}
		ps = append([]packed(nil), ps...)
	}
}
