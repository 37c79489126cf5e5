// run

// Pointers that live only in temporaries while the collector runs:
// already-evaluated call arguments while a later argument allocates and
// collects, multiple return values, composite literal elements built
// left to right, operands of string concatenation, method receivers
// evaluated before their arguments, and map index expressions.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type obj struct {
	id   int
	name string
	sub  *obj
}

var sink *obj

func churn(n int) {
	for i := 0; i < n; i++ {
		o := &obj{-1, "poison", nil}
		o.sub = o
		if i%999 == 0 {
			sink = o
		}
	}
	sink = nil
}

func mk(i int) *obj { return &obj{i, "o" + strconv.Itoa(i), &obj{-i, "sub", nil}} }

func ok(o *obj, i int) bool {
	return o != nil && o.id == i && numIs(o.name, "o", i) && o.sub != nil && o.sub.id == -i && o.sub.name == "sub"
}

// gcThen allocates garbage and collects, then returns a fresh object.
func gcThen(i int) *obj {
	churn(10000)
	runtime.GC()
	return mk(i)
}

func gcInt(i int) int {
	churn(10000)
	runtime.GC()
	return i
}

func gcStr(s string) string {
	churn(10000)
	runtime.GC()
	return s + "!"
}

func three(a, b, c *obj) string {
	return fmt.Sprint(ok(a, 1), ok(b, 2), ok(c, 3))
}

func pair(i int) (*obj, *obj) {
	a := mk(i)
	b := gcThen(i + 1) // a lives only in this frame across the collection
	return a, b
}

func (o *obj) with(x *obj, n int) string {
	return fmt.Sprint(ok(o, 10), ok(x, 11), n)
}

func build(i int) string { return strings.Repeat("ab", i) + strconv.Itoa(i) }

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
	var out []string
	for round := 0; round < 3; round++ {
		out = out[:0]
		// Arguments evaluated left to right; the first two are only in
		// temporaries while the third collects.
		out = append(out, three(mk(1), mk(2), gcThen(3)))
		// Multiple results.
		a, b := pair(4)
		out = append(out, fmt.Sprint(ok(a, 4), ok(b, 5)))
		// Composite literals.
		sl := []*obj{mk(6), mk(7), gcThen(8), mk(9)}
		out = append(out, fmt.Sprint(ok(sl[0], 6), ok(sl[1], 7), ok(sl[2], 8), ok(sl[3], 9)))
		st := struct {
			x, y *obj
			n    int
			s    string
		}{mk(12), mk(13), gcInt(14), build(15)}
		out = append(out, fmt.Sprint(ok(st.x, 12), ok(st.y, 13), st.n, st.s == build(15)))
		m := map[string]*obj{build(3): mk(16), build(4): gcThen(17)}
		out = append(out, fmt.Sprint(ok(m[build(3)], 16), ok(m[build(4)], 17)))
		// String concatenation: operands built before a collecting call.
		s := build(20) + "-" + build(21) + gcStr(build(22)) + build(23)
		out = append(out, fmt.Sprint(s == build(20)+"-"+build(21)+build(22)+"!"+build(23)))
		// Receiver evaluated before the arguments.
		out = append(out, mk(10).with(mk(11), gcInt(5)))
		// Field of a call result used after another collecting call.
		n := mk(30).sub.id + gcThen(31).sub.id
		out = append(out, strconv.Itoa(n))
		// Interface conversions of temporaries.
		var x interface{} = mk(32)
		y := []interface{}{x, gcThen(33), build(34)}
		out = append(out, fmt.Sprint(ok(y[0].(*obj), 32), ok(y[1].(*obj), 33), y[2].(string) == build(34)))
		// Index expression on a map built on the fly.
		v := map[int]*obj{1: mk(40)}[gcInt(1)]
		out = append(out, fmt.Sprint(ok(v, 40)))
		// Append with a collecting element.
		sl = append(sl[:0:0], mk(50), gcThen(51))
		out = append(out, fmt.Sprint(ok(sl[0], 50), ok(sl[1], 51)))
		fmt.Println("round", round, strings.Join(out, " | "))
	}
}
