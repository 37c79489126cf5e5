// run

// Maps that grow through many resizes and shrink again with pointer
// values, big values and big keys (stored out of line), deletion during
// iteration, clear(), and maps replaced wholesale, while garbage is
// allocated and collected. Contents are verified after each phase.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type val struct {
	k    int
	name string
	more *val
}

type bigVal struct {
	pad  [20]int
	p    *val
	pad2 [10]int
	s    string
}

type bigKey struct {
	a [10]int
	s string
}

var sink *val

func churn(n int) {
	for i := 0; i < n; i++ {
		v := &val{-1, "poison", nil}
		v.more = v
		if i%2222 == 0 {
			sink = v
		}
	}
	sink = nil
}

func mk(k int) *val { return &val{k, "v" + strconv.Itoa(k), &val{-k, "m", nil}} }

func ok(v *val, k int) bool {
	return v != nil && v.k == k && numIs(v.name, "v", k) && v.more != nil && v.more.k == -k && v.more.name == "m"
}

func bk(k int) bigKey {
	var b bigKey
	for i := range b.a {
		b.a[i] = k + i
	}
	b.s = "bk" + strconv.Itoa(k)
	return b
}

func bv(k int) bigVal {
	var b bigVal
	b.pad[19] = k
	b.pad2[0] = -k
	b.p = mk(k)
	b.s = strconv.Itoa(k * 3)
	return b
}

func okBV(b bigVal, k int) bool {
	return b.pad[19] == k && b.pad2[0] == -k && ok(b.p, k) && b.s == strconv.Itoa(k*3)
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
	m := map[int]*val{}
	mb := map[bigKey]bigVal{}
	mm := map[string]map[int]*val{}
	lo, hi := 0, 0 // m holds keys [lo, hi)

	check := func(tag string) {
		bad := 0
		for k, v := range m {
			if k < lo || k >= hi || !ok(v, k) {
				bad++
			}
		}
		for k := lo; k < hi; k++ {
			if !ok(m[k], k) {
				bad++
			}
		}
		for k, v := range mb {
			n := k.a[0]
			if k != bk(n) || !okBV(v, n) {
				bad++
			}
		}
		inner := 0
		for name, sub := range mm {
			for k, v := range sub {
				if !numIs(name, "sub", k%10) || !ok(v, k) {
					bad++
				}
				inner++
			}
		}
		fmt.Println(tag, "bad", bad, "len", len(m), len(mb), len(mm), inner)
	}

	for phase := 0; phase < 3; phase++ {
		// Grow to 10k entries through many resizes.
		for hi < lo+10000 {
			m[hi] = mk(hi)
			if hi%3 == 0 {
				mb[bk(hi)] = bv(hi)
			}
			if hi%5 == 0 {
				name := "sub" + strconv.Itoa(hi%10)
				if mm[name] == nil {
					mm[name] = map[int]*val{}
				}
				mm[name][hi] = mk(hi)
			}
			hi++
			if hi%2000 == 0 {
				churn(2000)
			}
		}
		runtime.GC()
		check("grown" + strconv.Itoa(phase))
		// Shrink: delete during iteration (allowed), keep the newest 3000.
		for k := range m {
			if k < hi-3000 {
				delete(m, k)
			}
		}
		lo = hi - 3000
		for k := range mb {
			if k.a[0] < lo {
				delete(mb, k)
			}
		}
		for name, sub := range mm {
			for k := range sub {
				if k < lo {
					delete(sub, k)
				}
			}
			if len(sub) == 0 {
				delete(mm, name)
			}
		}
		churn(10000)
		runtime.GC()
		check("shrunk" + strconv.Itoa(phase))
		// Overwrite values in place: old values become garbage.
		for k := lo; k < hi; k++ {
			m[k] = mk(k)
		}
		churn(20000)
		runtime.GC()
		check("overwritten" + strconv.Itoa(phase))
	}
	// clear() and wholesale replacement.
	clear(mb)
	old := m
	m = map[int]*val{}
	for k := lo; k < hi; k++ {
		m[k] = old[k]
	}
	old = nil
	mm = map[string]map[int]*val{"sub0": {hi: mk(hi)}}
	churn(10000)
	runtime.GC()
	check("cleared")
	fmt.Println(ok(mm["sub0"][hi], hi), hi%10 == 0)
}
