// run

// Tiny pointer-free allocations (single bytes, int8/int16/int32 values,
// small byte arrays, 1..15-byte strings, small []byte) that an allocator
// may pack together into shared blocks. The only references are often
// interior pointers (to the second field of a tiny struct, or a
// substring in the middle of a tiny string). Interleaved with tiny
// garbage and collections.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type two struct {
	a, b byte
}

type three struct {
	x int8
	y int16
	z int32
}

var sinkB *byte
var sinkS string

func churn(n int) {
	for i := 0; i < n; i++ {
		b := new(byte)
		*b = 0xEE
		t := &two{0xEE, 0xEE}
		s := string([]byte{'#', '#', '#'}[:1+i%3])
		if i%1000 == 0 {
			sinkB, sinkS = &t.b, s
		}
		_ = b
	}
	sinkB, sinkS = nil, ""
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
	const N = 20000
	bytesP := make([]*byte, N)
	bs := make([]*byte, N) // interior: &two.b
	i16 := make([]*int16, N)
	arrs := make([]*[3]byte, N)
	strs := make([]string, N)
	subs := make([]string, N)
	small := make([][]byte, N)
	for i := 0; i < N; i++ {
		b := new(byte)
		*b = byte(i)
		bytesP[i] = b
		t := &two{byte(i + 1), byte(i + 2)}
		bs[i] = &t.b
		th := &three{int8(i), int16(i * 3), int32(i * 5)}
		i16[i] = &th.y
		arrs[i] = &[3]byte{byte(i), byte(i >> 8), 9}
		strs[i] = strconv.Itoa(i % 1000)
		long := "<" + strconv.Itoa(i) + ">"
		subs[i] = long[1 : len(long)-1]
		small[i] = []byte(strconv.Itoa(i % 97))
		if i%2000 == 0 {
			churn(5000)
		}
	}
	for round := 0; round < 5; round++ {
		churn(30000)
		runtime.GC()
		bad := 0
		for i := 0; i < N; i++ {
			if *bytesP[i] != byte(i) || *bs[i] != byte(i+2) || *i16[i] != int16(i*3) || *arrs[i] != [3]byte{byte(i), byte(i >> 8), 9} {
				bad++
			}
			if !numIs(strs[i], "", i%1000) || !numIs(subs[i], "", i) || !numIs(string(small[i]), "", i%97) {
				bad++
			}
		}
		fmt.Println("round", round, "bad", bad)
		// Replace a share of them: the old tiny blocks partly die.
		for i := round; i < N; i += 3 {
			b := new(byte)
			*b = byte(i)
			bytesP[i] = b
			t := &two{byte(i + 1), byte(i + 2)}
			bs[i] = &t.b
		}
	}
}
