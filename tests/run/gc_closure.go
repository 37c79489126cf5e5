// run

// Objects whose only reference is a variable captured by a closure:
// captured by value and by reference (mutated after capture), nested
// closures, per-iteration loop variables, generators that accumulate
// heap state, and closures capturing large arrays and strings.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type rec struct {
	id   int
	name string
	kids []*rec
}

var sink *rec

func churn(n int) {
	for i := 0; i < n; i++ {
		r := &rec{id: -1, name: "poison", kids: make([]*rec, 2)}
		r.kids[0] = r
		f := func() int { return r.id + i }
		if i%333 == 0 {
			sink = r
			_ = f()
		}
	}
	sink = nil
}

func mk(i int) *rec {
	r := &rec{id: i, name: "r" + strconv.Itoa(i)}
	for j := 0; j < 3; j++ {
		r.kids = append(r.kids, &rec{id: i*10 + j, name: "k"})
	}
	return r
}

func score(r *rec) int {
	if r == nil || !numIs(r.name, "r", r.id) || len(r.kids) != 3 {
		return -1000000
	}
	s := r.id
	for j, k := range r.kids {
		if k.id != r.id*10+j || k.name != "k" {
			return -1000000
		}
		s += k.id
	}
	return s
}

// byValue: the closure is the only holder of r.
func byValue(i int) func() int {
	r := mk(i)
	return func() int { return score(r) }
}

// byRef: the captured variable is reassigned after capture; the closure
// must see (and keep alive) the new object, and the old one is garbage.
func byRef(i int) (get func() int, set func(int)) {
	r := mk(-1)
	get = func() int { return score(r) }
	set = func(j int) { r = mk(j) }
	set(i)
	return
}

// nested: the inner closure captures variables from two levels.
func nested(i int) func() func() int {
	a := mk(i)
	return func() func() int {
		b := mk(i + 1)
		return func() int { return score(a) + score(b) }
	}
}

// gen accumulates heap state across calls.
func gen() func() (int, int) {
	var hist []*rec
	var names []string
	n := 0
	return func() (int, int) {
		hist = append(hist, mk(n))
		names = append(names, strings.Repeat("x", n%10)+strconv.Itoa(n))
		n++
		t := 0
		for _, h := range hist {
			t += score(h)
		}
		for i, s := range names {
			if s != strings.Repeat("x", i%10)+strconv.Itoa(i) {
				t = -1
			}
		}
		return len(hist), t
	}
}

type blob struct {
	ptrs [512]*rec
	str  string
}

func bigCapture() func() int {
	var b blob
	for i := range b.ptrs {
		b.ptrs[i] = mk(i)
	}
	b.str = strings.Repeat("abc", 1000)
	return func() int {
		t := 0
		for _, p := range b.ptrs {
			t += score(p)
		}
		if len(b.str) != 3000 || strings.Count(b.str, "abc") != 1000 {
			t = -1
		}
		return t
	}
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
	var vals []func() int
	for i := 0; i < 1000; i++ {
		vals = append(vals, byValue(i))
	}
	var gets []func() int
	var sets []func(int)
	for i := 0; i < 500; i++ {
		g, s := byRef(i)
		gets = append(gets, g)
		sets = append(sets, s)
	}
	var nests []func() int
	for i := 0; i < 300; i++ {
		nests = append(nests, nested(i)())
	}
	var loops []func() int
	for i := 0; i < 300; i++ {
		r := mk(i)
		loops = append(loops, func() int { return score(r) - i })
	}
	g := gen()
	bc := bigCapture()

	for round := 0; round < 5; round++ {
		churn(8000)
		runtime.GC()
		t1, t2, t3, t4 := 0, 0, 0, 0
		for _, f := range vals {
			t1 += f()
		}
		for _, f := range gets {
			t2 += f()
		}
		for _, f := range nests {
			t3 += f()
		}
		for _, f := range loops {
			t4 += f()
		}
		var n, t5 int
		for k := 0; k < 40; k++ {
			n, t5 = g()
			if k%10 == 0 {
				churn(2000)
			}
		}
		fmt.Println("round", round, t1, t2, t3, t4, n, t5, bc())
		for i, s := range sets {
			s(i + round + 1) // the previous objects become garbage
		}
	}
}
