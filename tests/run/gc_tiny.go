// run

// Pointer-free objects under 16 bytes share 16-byte blocks (gc's tiny
// allocator): ten thousand new([3]byte) make about two thousand heap
// objects. A block lives while any piece of it is reachable: pieces of
// every size and alignment, kept one in three while the rest become
// garbage across collections, keep their contents. A finalizer may be
// set on a tiny piece (gc allows it for such pointers).

package main

import (
	"fmt"
	"runtime"
)

var sink []*[3]byte

type pair16 struct{ a, b int16 }

func main() {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	sink = make([]*[3]byte, 0, 10000)
	for i := 0; i < 10000; i++ {
		p := new([3]byte)
		p[0] = byte(i)
		sink = append(sink, p)
	}
	runtime.ReadMemStats(&m1)
	objs := m1.HeapObjects - m0.HeapObjects
	fmt.Println("heap objects for 10000 new([3]byte) under 2100:", objs < 2100, "mallocs:", m1.Mallocs-m0.Mallocs)
	fmt.Println("mallocs - frees == heap objects:", m1.Mallocs-m1.Frees == m1.HeapObjects)
	ok := true
	for i, p := range sink {
		ok = ok && p[0] == byte(i) && p[1] == 0 && p[2] == 0
	}
	fmt.Println("pieces hold their values:", ok)
	sink = nil

	// Mixed sizes and alignments; one in three kept.
	var bytes1 []*byte
	var i16 []*int16
	var i32 []*int32
	var i64 []*int64
	var p16 []*pair16
	var strs []string
	var arrs []*[7]byte
	buf := []byte("abcdefghijklmno")
	for round := 0; round < 20; round++ {
		for i := 0; i < 3000; i++ {
			b := new(byte)
			*b = byte(i)
			h := new(int16)
			*h = int16(i)
			w := new(int32)
			*w = int32(i * 3)
			d := new(int64)
			*d = int64(i * 5)
			q := &pair16{int16(i), int16(-i)}
			s := string(buf[:i%15+1])
			a := new([7]byte)
			a[6] = byte(i * 7)
			if i%3 == 0 {
				bytes1 = append(bytes1, b)
				i16 = append(i16, h)
				i32 = append(i32, w)
				i64 = append(i64, d)
				p16 = append(p16, q)
				strs = append(strs, s)
				arrs = append(arrs, a)
			}
		}
		runtime.GC()
	}
	good := true
	for k := range bytes1 {
		i := (k % 1000) * 3
		good = good && *bytes1[k] == byte(i) && *i16[k] == int16(i) && *i32[k] == int32(i*3) &&
			*i64[k] == int64(i*5) && p16[k].a == int16(i) && p16[k].b == int16(-i) &&
			strs[k] == string(buf[:i%15+1]) && arrs[k][6] == byte(i*7)
	}
	fmt.Println("kept pieces intact after 20 collections:", good, len(bytes1))

	// A finalizer on a piece inside a tiny block is accepted (x follows
	// y in the block).
	y := new(byte)
	x := new(int32)
	runtime.SetFinalizer(x, func(*int32) {})
	runtime.SetFinalizer(x, nil)
	runtime.KeepAlive(y)
	fmt.Println("finalizer on a tiny object: set and cleared")
}
