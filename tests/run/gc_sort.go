// run

// Sorting slices of pointers, strings and structs with pointer fields
// (sort.Slice, sort.SliceStable, sort.Sort, sort.Strings) while the less
// function allocates garbage and periodically collects: elements being
// swapped live only in the sort's temporaries at that moment.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
)

type rec struct {
	key  int
	name string
	ref  *rec
}

type byKey []*rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { tick(); return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type pair struct {
	a    int
	p    *rec
	name string
}

var calls int
var sink *rec

func tick() {
	calls++
	if calls%200 == 0 {
		x := &rec{-1, "poison", nil}
		x.ref = x
		sink = x
		for i := 0; i < 50; i++ {
			sink = &rec{-2, "poison2", sink}
		}
		sink = nil
	}
	if calls%50000 == 0 {
		runtime.GC()
	}
}

func mk(k int) *rec { return &rec{k, "r" + strconv.Itoa(k), &rec{k * 2, "ref", nil}} }

func ok(r *rec) bool {
	return r != nil && numIs(r.name, "r", r.key) && r.ref != nil && r.ref.key == r.key*2 && r.ref.name == "ref"
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
	x := uint32(99)
	next := func() int {
		x = x*1664525 + 1013904223
		return int(x >> 12 % 100000)
	}
	recs := make([]*rec, 10000)
	for i := range recs {
		recs[i] = mk(next())
	}
	strs := make([]string, 10000)
	for i := range strs {
		strs[i] = "s" + strconv.Itoa(next())
	}
	pairs := make([]pair, 10000)
	for i := range pairs {
		k := next() % 100
		pairs[i] = pair{k, mk(i), strconv.Itoa(i)}
	}

	for round := 0; round < 3; round++ {
		sum := 0
		for _, r := range recs {
			sum += r.key
		}
		switch round {
		case 0:
			sort.Slice(recs, func(i, j int) bool { tick(); return recs[i].key < recs[j].key })
		case 1:
			sort.Sort(sort.Reverse(byKey(recs)))
		case 2:
			sort.Sort(byKey(recs))
		}
		runtime.GC()
		bad, sum2 := 0, 0
		for i, r := range recs {
			if !ok(r) {
				bad++
			}
			sum2 += r.key
			if i > 0 && (round == 1) != (recs[i-1].key > r.key) && recs[i-1].key != r.key {
				bad++
			}
		}
		fmt.Println("recs", round, bad, sum == sum2, recs[0].key, recs[len(recs)-1].key)
	}

	sort.SliceStable(pairs, func(i, j int) bool { tick(); return pairs[i].a < pairs[j].a })
	runtime.GC()
	bad := 0
	for i, p := range pairs {
		if !ok(p.p) || p.name != strconv.Itoa(p.p.key) {
			bad++
		}
		if i > 0 {
			q := pairs[i-1]
			if q.a > p.a || q.a == p.a && q.p.key > p.p.key { // stability
				bad++
			}
		}
	}
	fmt.Println("pairs", bad, pairs[0].a, pairs[len(pairs)-1].a)

	sort.Slice(strs, func(i, j int) bool { tick(); return strs[i] < strs[j] })
	runtime.GC()
	sorted := sort.StringsAreSorted(strs)
	sort.Strings(strs)
	fmt.Println("strs", sorted, strs[0], strs[len(strs)-1], calls > 0)
	i := sort.Search(len(recs), func(i int) bool { return recs[i].key >= 50000 })
	fmt.Println("search", i, recs[i].key >= 50000, recs[i-1].key < 50000)
}
