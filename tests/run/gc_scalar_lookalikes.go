// run

// Scalars that look like pointers (random 64-bit words, uintptr values,
// float64 bit patterns, odd and misaligned values, values near typical
// heap addresses) stored next to real pointers in structs, arrays, slices
// and maps. A precise collector must ignore the scalars (following them
// would crash or corrupt) and still trace the real pointers.

package main

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
)

type rec struct {
	w0  uint64
	p   *leaf
	u   uintptr
	f   float64
	q   *leaf
	arr [4]uint64
	s   string
	i32 [3]int32
	r   *leaf
}

type leaf struct {
	v   int
	tag string
}

var state uint64 = 0x9E3779B97F4A7C15

func rnd() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// lookalike returns words shaped like heap addresses or junk.
func lookalike(k int) uint64 {
	switch k % 6 {
	case 0:
		return rnd()
	case 1:
		return 0xc000000000 + rnd()%(1<<30) // Go-heap-like range
	case 2:
		return 0x7f0000000000 + rnd()%(1<<32)&^7 // mmap-like range
	case 3:
		return rnd() | 1 // odd
	case 4:
		return 0x400000 + rnd()%(1<<20) // text-like range
	}
	return math.MaxUint64 - uint64(k)
}

var sink *rec

func churn(n int) {
	for i := 0; i < n; i++ {
		r := &rec{w0: lookalike(i), u: uintptr(lookalike(i + 1)), s: "poison"}
		r.p = &leaf{-1, "poison"}
		if i%999 == 0 {
			sink = r
		}
	}
	sink = nil
}

func lf(i int) *leaf { return &leaf{i, "L" + strconv.Itoa(i)} }

func ok(l *leaf, i int) bool { return l != nil && l.v == i && numIs(l.tag, "L", i) }

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
	const N = 5000
	recs := make([]rec, N)
	words := make([][6]uint64, N)
	for i := range recs {
		for k := range words[i] {
			words[i][k] = lookalike(i + k)
		}
		w := words[i]
		recs[i] = rec{w0: w[0], p: lf(i), u: uintptr(w[1]), f: math.Float64frombits(w[2] &^ (0x7ff << 52)), q: nil, s: "s" + strconv.Itoa(i), i32: [3]int32{int32(w[3]), int32(w[3] >> 32), -1}, r: lf(-i)}
		recs[i].arr = [4]uint64{w[4], w[5], w[0] ^ w[1], w[2] + 8}
		if i%2 == 0 {
			recs[i].q = lf(i + N)
		}
	}
	// Big pointer-free slices full of lookalikes.
	raw := make([]uint64, 200000)
	for i := range raw {
		raw[i] = lookalike(i)
	}
	uptrs := make([]uintptr, 50000)
	for i := range uptrs {
		uptrs[i] = uintptr(raw[i*3])
	}
	// A map whose keys are lookalikes and whose values are pointers.
	m := map[uint64]*leaf{}
	for i := 0; i < 5000; i++ {
		m[raw[i]] = lf(i)
	}
	rawSum := uint64(0)
	for _, x := range raw {
		rawSum += x
	}

	for round := 0; round < 5; round++ {
		churn(40000)
		runtime.GC()
		bad := 0
		for i := range recs {
			r := &recs[i]
			w := words[i]
			if r.w0 != w[0] || r.u != uintptr(w[1]) || math.Float64bits(r.f) != w[2]&^(0x7ff<<52) || r.arr != [4]uint64{w[4], w[5], w[0] ^ w[1], w[2] + 8} {
				bad++
			}
			if r.i32 != [3]int32{int32(w[3]), int32(w[3] >> 32), -1} || !numIs(r.s, "s", i) {
				bad++
			}
			if !ok(r.p, i) || !ok(r.r, -i) || (i%2 == 0) != (r.q != nil) || r.q != nil && !ok(r.q, i+N) {
				bad++
			}
		}
		s := uint64(0)
		for _, x := range raw {
			s += x
		}
		if s != rawSum {
			bad++
		}
		for i, u := range uptrs {
			if u != uintptr(raw[i*3]) {
				bad++
			}
		}
		for i := 0; i < 5000; i++ {
			if l, found := m[raw[i]]; !found || l.v != i && raw[l.v] != raw[i] || !numIs(l.tag, "L", l.v) {
				bad++
			}
		}
		fmt.Println("round", round, "bad", bad, len(m) > 4900)
		for i := round; i < N; i += 5 {
			recs[i].p = lf(i)
			recs[i].w0 = words[i][0]
		}
	}
}
