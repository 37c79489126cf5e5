// run

// Objects whose only reference is an interface value: pointer dynamic
// types, non-pointer types boxed on the heap (ints, strings, small and
// big structs with pointer fields, arrays, slices), interfaces holding
// structs that hold interfaces, error values, and non-empty interfaces.

package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type leaf struct {
	v int
	s string
}

type small struct {
	p *leaf
	n int
}

type big struct {
	head  *leaf
	nums  [200]int
	mid   *leaf
	words [20]string
	tail  *leaf
}

type huge struct {
	ptrs [5000]*leaf // 40 KB of pointers
}

type wrap struct {
	inner interface{}
	name  string
}

type shape interface {
	area() int
	label() string
}

type rect struct {
	w, h int
	tag  *leaf
}

func (r rect) area() int     { return r.w * r.h }
func (r rect) label() string { return r.tag.s }

type circle struct {
	r    int
	name string
}

func (c *circle) area() int     { return 3 * c.r * c.r }
func (c *circle) label() string { return c.name }

type myErr struct {
	code int
	msg  *leaf
}

func (e *myErr) Error() string { return e.msg.s + "#" + strconv.Itoa(e.code) }

var sink interface{}

func churn(n int) {
	for i := 0; i < n; i++ {
		l := &leaf{v: -1, s: "poison"}
		var x interface{}
		switch i % 4 {
		case 0:
			x = small{l, -1}
		case 1:
			x = rect{-1, -1, l}
		case 2:
			x = "garbage" + strconv.Itoa(i)
		default:
			x = i * 1000003
		}
		if i%500 == 0 {
			sink = x
		}
	}
	sink = nil
}

func lf(i int) *leaf { return &leaf{i, "leaf" + strconv.Itoa(i)} }

func okLeaf(l *leaf, i int) bool { return l != nil && l.v == i && numIs(l.s, "leaf", i) }

func mkBig(i int) big {
	var b big
	b.head, b.mid, b.tail = lf(i), lf(i+1), lf(i+2)
	for j := range b.nums {
		b.nums[j] = i + j
	}
	for j := range b.words {
		b.words[j] = strconv.Itoa(i * j)
	}
	return b
}

func okBig(b big, i int) bool {
	if !okLeaf(b.head, i) || !okLeaf(b.mid, i+1) || !okLeaf(b.tail, i+2) {
		return false
	}
	for j := range b.nums {
		if b.nums[j] != i+j {
			return false
		}
	}
	for j := range b.words {
		if b.words[j] != strconv.Itoa(i*j) {
			return false
		}
	}
	return true
}

func build(n int) []interface{} {
	xs := make([]interface{}, n)
	for i := range xs {
		switch i % 10 {
		case 0:
			xs[i] = lf(i)
		case 1:
			xs[i] = i * 7 // non-pointer, boxed
		case 2:
			xs[i] = "str" + strconv.Itoa(i)
		case 3:
			xs[i] = small{lf(i), i}
		case 4:
			xs[i] = mkBig(i)
		case 5:
			xs[i] = [3]*leaf{lf(i), nil, lf(i + 1)}
		case 6:
			xs[i] = []*leaf{lf(i), lf(i + 1)}
		case 7:
			xs[i] = wrap{wrap{lf(i), "in"}, "out" + strconv.Itoa(i)}
		case 8:
			xs[i] = error(&myErr{i, lf(i)})
		case 9:
			xs[i] = float64(i) + 0.5
		}
		if i%50 == 0 {
			churn(100)
		}
	}
	return xs
}

func verify(xs []interface{}) (int, int) {
	bad, sum := 0, 0
	for i, x := range xs {
		ok := false
		switch v := x.(type) {
		case *leaf:
			ok = okLeaf(v, i)
		case int:
			ok = v == i*7
		case string:
			ok = numIs(v, "str", i)
		case small:
			ok = okLeaf(v.p, i) && v.n == i
		case big:
			ok = okBig(v, i)
		case [3]*leaf:
			ok = okLeaf(v[0], i) && v[1] == nil && okLeaf(v[2], i+1)
		case []*leaf:
			ok = len(v) == 2 && okLeaf(v[0], i) && okLeaf(v[1], i+1)
		case wrap:
			in, isw := v.inner.(wrap)
			ok = isw && numIs(v.name, "out", i) && in.name == "in" && okLeaf(in.inner.(*leaf), i)
		case error:
			ok = v.Error() == "leaf"+strconv.Itoa(i)+"#"+strconv.Itoa(i)
		case float64:
			ok = v == float64(i)+0.5
		}
		if !ok {
			bad++
		}
		sum += i
	}
	return bad, sum
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
	xs := build(3000)

	var shapes []shape
	for i := 0; i < 1000; i++ {
		if i%2 == 0 {
			shapes = append(shapes, rect{i, 2, lf(i)})
		} else {
			shapes = append(shapes, &circle{i, "c" + strconv.Itoa(i)})
		}
	}

	var h interface{} = func() *huge {
		h := &huge{}
		for i := range h.ptrs {
			h.ptrs[i] = lf(i)
		}
		return h
	}()
	var hv interface{} = func() huge {
		var h huge
		for i := range h.ptrs {
			if i%3 == 0 {
				h.ptrs[i] = lf(-i)
			}
		}
		return h
	}()

	var single interface{} = mkBig(77)
	var err error = &myErr{5, lf(5)}
	err = fmt.Errorf("wrapped: %w", err)

	for round := 0; round < 5; round++ {
		churn(60000)
		runtime.GC()
		bad, sum := verify(xs)
		area := 0
		for i, s := range shapes {
			area += s.area()
			if i%2 == 0 && !numIs(s.label(), "leaf", i) || i%2 == 1 && !numIs(s.label(), "c", i) {
				bad++
			}
		}
		hp := h.(*huge)
		for i, p := range hp.ptrs {
			if !okLeaf(p, i) {
				bad++
			}
		}
		hvv := hv.(huge)
		for i, p := range hvv.ptrs {
			if i%3 == 0 && !okLeaf(p, -i) || i%3 != 0 && p != nil {
				bad++
			}
		}
		if !okBig(single.(big), 77) {
			bad++
		}
		var me *myErr
		if !errors.As(err, &me) || me.code != 5 || err.Error() != "wrapped: leaf5#5" {
			bad++
		}
		fmt.Println("round", round, "bad", bad, "sum", sum, "area", area)
		// Replace some entries: old boxed values become garbage.
		for i := round; i < len(xs); i += 7 {
			if i%10 == 4 {
				xs[i] = mkBig(i)
			} else if i%10 == 1 {
				xs[i] = i * 7
			}
		}
	}
}
