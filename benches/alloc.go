// A tight allocation loop: 50M heap objects of 16 to 256 bytes, cycling
// through eight struct shapes, half with pointers and half pointer-free.
// Each new object replaces the oldest in a small rotating window (256
// objects per shape), so every allocation escapes and everything but the
// window is garbage at once. Pointers only lead to objects of other shapes
// (p208 -> p16 -> s16, p32 -> s16, p96 -> s48), so no chain of old objects
// outlives the windows. Prints a checksum of the values read back.
package main

import "fmt"

const (
	total  = 50_000_000
	window = 256
)

// Pointer-free shapes.
type s16 struct{ a, b int64 }
type s48 struct{ v [6]int64 }
type s128 struct{ v [16]int64 }
type s256 struct{ v [32]int64 }

// Shapes with pointers.
type p16 struct {
	next *s16
	v    int64
}
type p32 struct {
	left, right *s16
	v           int64
	w           int32
}
type p96 struct {
	prev *s48
	name string
	v    [9]int64
}
type p208 struct {
	kids [4]*p16
	data []int64
	v    [19]int64
}

var (
	w16   [window]*s16
	w48   [window]*s48
	w128  [window]*s128
	w256  [window]*s256
	wp16  [window]*p16
	wp32  [window]*p32
	wp96  [window]*p96
	wp208 [window]*p208
)

var names = []string{"alpha", "beta", "gamma", "delta"}

func main() {
	var sum uint64
	for i := 0; i < total; i++ {
		slot := (i >> 3) & (window - 1)
		x := int64(i)
		switch i & 7 {
		case 0:
			if o := w16[slot]; o != nil {
				sum += uint64(o.a ^ o.b)
			}
			w16[slot] = &s16{a: x, b: x >> 1}
		case 1:
			if o := wp16[slot]; o != nil {
				sum += uint64(o.v)
				if o.next != nil {
					sum += uint64(o.next.b) & 1
				}
			}
			wp16[slot] = &p16{next: w16[(slot+1)&(window-1)], v: x}
		case 2:
			if o := w48[slot]; o != nil {
				sum += uint64(o.v[0] + o.v[5])
			}
			o := &s48{}
			o.v[0], o.v[5] = x, x*3
			w48[slot] = o
		case 3:
			if o := wp32[slot]; o != nil {
				sum += uint64(o.v) + uint64(o.w)
				if o.left != nil {
					sum += uint64(o.left.a)
				}
			}
			wp32[slot] = &p32{left: w16[slot], right: w16[(slot+7)&(window-1)], v: x, w: int32(i & 0xffff)}
		case 4:
			if o := w128[slot]; o != nil {
				sum += uint64(o.v[1] ^ o.v[15])
			}
			o := &s128{}
			o.v[1], o.v[15] = x, ^x
			w128[slot] = o
		case 5:
			if o := wp96[slot]; o != nil {
				sum += uint64(o.v[8]) + uint64(len(o.name))
				if o.prev != nil {
					sum += uint64(o.prev.v[5]) & 3
				}
			}
			o := &p96{prev: w48[(slot+window-1)&(window-1)], name: names[i&3]}
			o.v[8] = x
			wp96[slot] = o
		case 6:
			if o := w256[slot]; o != nil {
				sum += uint64(o.v[0] + o.v[31])
			}
			o := &s256{}
			o.v[0], o.v[31] = x, x+7
			w256[slot] = o
		case 7:
			if o := wp208[slot]; o != nil {
				sum += uint64(o.v[18]) + uint64(len(o.data))
				if o.kids[2] != nil {
					sum += uint64(o.kids[2].v)
				}
			}
			o := &p208{}
			o.kids[0] = wp16[slot]
			o.kids[2] = wp16[(slot+3)&(window-1)]
			o.v[18] = x
			wp208[slot] = o
		}
	}
	fmt.Println("allocations:", total, "checksum:", sum)
}
