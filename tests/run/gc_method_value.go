// run

// Objects whose only reference is the receiver bound into a method value:
// pointer receivers, value receivers (the bound copy holds pointers),
// methods promoted through embedded structs, and interface method values.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type acc struct {
	id    int
	items []*entry
	label string
}

type entry struct {
	v    int
	note string
}

func (a *acc) total() int {
	t := 0
	for i, e := range a.items {
		if e.v != a.id*100+i || !numIs(e.note, "e", i) {
			return -1000000
		}
		t += e.v
	}
	if !numIs(a.label, "acc", a.id) {
		return -1000000
	}
	return t
}

func (a *acc) add(k int) {
	a.items = append(a.items, &entry{a.id*100 + len(a.items), "e" + strconv.Itoa(len(a.items))})
	_ = k
}

type view struct {
	p    *acc
	mult int
	name string
}

func (v view) eval() int { return v.p.total()*v.mult + len(v.name) }

type outer struct {
	pad [5]int
	acc // embedded: outer's method set includes *acc methods via &outer
}

type evaler interface{ total() int }

var sink *acc

func churn(n int) {
	for i := 0; i < n; i++ {
		a := &acc{id: -5, label: "poison", items: []*entry{{-1, "x"}, {-2, "y"}}}
		f := a.total
		if i%777 == 0 {
			sink = a
			_ = f
		}
	}
	sink = nil
}

func newAcc(id int) *acc {
	a := &acc{id: id, label: "acc" + strconv.Itoa(id)}
	for i := 0; i < 4; i++ {
		a.add(i)
	}
	return a
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
	var totals []func() int
	var adders []func(int)
	for i := 0; i < 800; i++ {
		a := newAcc(i)
		totals = append(totals, a.total) // bound to *acc
		adders = append(adders, a.add)
	}
	var evals []func() int
	for i := 0; i < 400; i++ {
		v := view{newAcc(1000 + i), 2, "view" + strconv.Itoa(i)}
		evals = append(evals, v.eval) // bound copy of v holds v.p
	}
	var promoted []func() int
	for i := 0; i < 300; i++ {
		o := &outer{}
		o.acc = *newAcc(2000 + i)
		promoted = append(promoted, o.total) // receiver is &o.acc: interior pointer
	}
	var ifaceMV []func() int
	for i := 0; i < 300; i++ {
		var e evaler = newAcc(3000 + i)
		ifaceMV = append(ifaceMV, e.total)
	}

	for round := 0; round < 5; round++ {
		churn(20000)
		runtime.GC()
		s := [4]int{}
		for _, f := range totals {
			s[0] += f()
		}
		for _, f := range evals {
			s[1] += f()
		}
		for _, f := range promoted {
			s[2] += f()
		}
		for _, f := range ifaceMV {
			s[3] += f()
		}
		fmt.Println("round", round, s)
		for i, f := range adders {
			if i%(round+2) == 0 {
				f(i) // grows the bound receiver's items slice
			}
		}
	}
}
