// run

// The only reference to a collection is the hidden state of the range
// loop iterating it: a map, slice, array pointer, string or channel
// returned by a call in the range clause. The loop body allocates garbage
// and collects on every few iterations, so the iterator's own pointers
// (and the elements still to be visited) must be kept alive.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type item struct {
	k int
	s string
}

var sink *item

func churn(n int) {
	for i := 0; i < n; i++ {
		x := &item{-1, "poison"}
		if i%777 == 0 {
			sink = x
		}
	}
	sink = nil
}

func it(i int) *item { return &item{i, "it" + strconv.Itoa(i)} }

func ok(p *item, i int) bool { return p != nil && p.k == i && numIs(p.s, "it", i) }

func mkMap(n int) map[int]*item {
	m := make(map[int]*item)
	for i := 0; i < n; i++ {
		m[i] = it(i)
	}
	return m
}

func mkStrMap(n int) map[string][]*item {
	m := make(map[string][]*item)
	for i := 0; i < n; i++ {
		m["k"+strconv.Itoa(i)] = []*item{it(i), it(-i)}
	}
	return m
}

func mkSlice(n int) []*item {
	s := make([]*item, n)
	for i := range s {
		s[i] = it(i)
	}
	return s
}

func mkArr() *[500]*item {
	var a [500]*item
	for i := range a {
		a[i] = it(i)
	}
	return &a
}

func mkStr(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("é" + strconv.Itoa(i%10))
	}
	return b.String()
}

func mkChan(n int) chan *item {
	c := make(chan *item, n)
	for i := 0; i < n; i++ {
		c <- it(i)
	}
	close(c)
	return c
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
	for round := 0; round < 2; round++ {
		bad, cnt := 0, 0
		for k, v := range mkMap(3000) {
			if !ok(v, k) {
				bad++
			}
			cnt++
			if cnt%1000 == 0 {
				churn(5000)
				runtime.GC()
			}
		}
		seen := 0
		for k, v := range mkStrMap(2000) {
			i, _ := strconv.Atoi(k[1:])
			if len(v) != 2 || !ok(v[0], i) || !ok(v[1], -i) {
				bad++
			}
			seen++
			if seen%700 == 0 {
				churn(5000)
				runtime.GC()
			}
		}
		sum := 0
		for i, p := range mkSlice(5000) {
			if !ok(p, i) {
				bad++
			}
			sum += p.k
			if i%1700 == 0 {
				churn(5000)
				runtime.GC()
			}
		}
		for i, p := range mkArr() {
			if !ok(p, i) {
				bad++
			}
			if i%200 == 100 {
				churn(3000)
				runtime.GC()
			}
		}
		runes := 0
		for i, r := range mkStr(3000) {
			runes++
			if r == 'é' && i%3 != 0 {
				bad++
			}
			if i%1500 == 0 {
				churn(3000)
				runtime.GC()
			}
		}
		chn := 0
		for p := range mkChan(2000) {
			if !ok(p, chn) {
				bad++
			}
			chn++
			if chn%700 == 0 {
				churn(5000)
				runtime.GC()
			}
		}
		// Ranging over an integer while the loop body keeps a slice alive
		// only through a closure defined before the loop.
		get := func() func(int) *item { s := mkSlice(1000); return func(i int) *item { return s[i] } }()
		for i := range 1000 {
			if !ok(get(i), i) {
				bad++
			}
			if i%500 == 250 {
				churn(3000)
				runtime.GC()
			}
		}
		fmt.Println("round", round, "bad", bad, cnt, seen, sum, runes, chn)
	}
}
