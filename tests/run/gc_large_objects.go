// run

// Large objects (>32 KB and >1 MB): byte slices, slices of pointers, and
// slices of structs that mix pointer and non-pointer fields, allocated
// repeatedly as garbage between checks of live large objects. Pointers
// stored near the end of a large object must be found.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type small struct {
	v int
	s string
}

type mixed struct {
	a  int64
	p  *small
	b  [3]byte
	s  string
	f  float64
	q  *small
	xs []int
}

var sinkB []byte
var sinkM []mixed

func churnSmall(n int) {
	for i := 0; i < n; i++ {
		x := &small{-1, "poison"}
		if i%100 == 0 {
			sinkM = append(sinkM[:0], mixed{p: x})
		}
	}
	sinkM = nil
}

// churnLarge allocates large garbage and poisons it.
func churnLarge(k int) {
	for i := 0; i < k; i++ {
		b := make([]byte, 40000+i*1000)
		for j := range b {
			b[j] = 0xCC
		}
		m := make([]mixed, 2000) // ~160 KB
		for j := range m {
			m[j].a = -1
			m[j].s = "poison"
		}
		sinkB, sinkM = b, m
	}
	big := make([]byte, 1<<21) // 2 MB
	for j := 0; j < len(big); j += 512 {
		big[j] = 0xDD
	}
	sinkB, sinkM = big, nil
	sinkB = nil
}

func mkSmall(i int) *small { return &small{i, "s" + strconv.Itoa(i)} }

// numIs reports whether s is prefix followed by the decimal form of v,
// without allocating.
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

func okSmall(p *small, i int) bool { return p != nil && p.v == i && numIs(p.s, "s", i) }

func fillMixed(n, base int) []mixed {
	m := make([]mixed, n)
	for i := range m {
		k := base + i
		m[i] = mixed{int64(k), mkSmall(k), [3]byte{byte(k), byte(k >> 8), 7}, "m" + strconv.Itoa(k), float64(k) / 2, nil, nil}
		if i%3 == 0 {
			m[i].q = mkSmall(-k)
		}
		if i%5 == 0 {
			m[i].xs = []int{k, k + 1}
		}
	}
	return m
}

func checkMixed(m []mixed, base int) int {
	bad := 0
	for i := range m {
		k := base + i
		e := &m[i]
		if e.a != int64(k) || !okSmall(e.p, k) || e.b != [3]byte{byte(k), byte(k >> 8), 7} || !numIs(e.s, "m", k) || e.f != float64(k)/2 {
			bad++
		}
		if (i%3 == 0) != (e.q != nil) || e.q != nil && !okSmall(e.q, -k) {
			bad++
		}
		if (i%5 == 0) != (e.xs != nil) || e.xs != nil && (e.xs[0] != k || e.xs[1] != k+1) {
			bad++
		}
	}
	return bad
}

func main() {
	b33 := make([]byte, 33*1024)
	for i := range b33 {
		b33[i] = byte(i * 7)
	}
	b1m := make([]byte, 1<<20+17)
	for i := range b1m {
		b1m[i] = byte(i % 253)
	}
	// 1M+ of pointers: 150000 * 8 bytes, one in 16 set.
	ptrs := make([]*small, 150000)
	for i := range ptrs {
		if i%16 == 3 {
			ptrs[i] = mkSmall(i)
		}
		if i%20000 == 0 {
			churnSmall(5000)
		}
	}
	m40k := fillMixed(500, 0)       // 500 * 80 B = 40 KB
	m1m := fillMixed(13500, 100000) // ~1.1 MB
	// Large array of pointers whose only live pointers are at the very end.
	tail := make([]*small, 300000)
	tail[len(tail)-1] = mkSmall(424242)
	tail[len(tail)-2] = mkSmall(434343)
	// A large slice of byte slices (pointers to many small buffers).
	bufs := make([][]byte, 5000)
	for i := range bufs {
		bufs[i] = []byte("buf" + strconv.Itoa(i))
	}

	for round := 0; round < 5; round++ {
		churnLarge(8)
		churnSmall(20000)
		runtime.GC()
		bad := 0
		for i, c := range b33 {
			if c != byte(i*7) {
				bad++
			}
		}
		for i, c := range b1m {
			if c != byte(i%253) {
				bad++
			}
		}
		for i, p := range ptrs {
			if i%16 != 3 {
				if p != nil {
					bad++
				}
			} else if !okSmall(p, i) {
				bad++
			}
		}
		bad += checkMixed(m40k, 0)
		bad += checkMixed(m1m, 100000)
		if !okSmall(tail[len(tail)-1], 424242) || !okSmall(tail[len(tail)-2], 434343) || tail[0] != nil {
			bad++
		}
		for i, b := range bufs {
			if !numIs(string(b), "buf", i) {
				bad++
			}
		}
		fmt.Println("round", round, "bad", bad, len(b33), len(b1m), len(ptrs), len(m40k), len(m1m), len(tail), len(bufs))
		// Replace parts of the live data; old small objects become garbage.
		for i := round; i < len(ptrs); i += 11 {
			if i%16 == 3 {
				ptrs[i] = mkSmall(i)
			}
		}
		m40k = append([]mixed(nil), m40k...) // copy: the old 40 KB array is garbage
		tail[len(tail)-1] = mkSmall(424242)
	}
}
