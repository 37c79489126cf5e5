// run

// Objects with pointers larger than the collector's scan piece: 20 KiB and
// 28 KiB arrays of pointers (small size classes, several to a span, so
// most are not their span's first object), a 1 MiB slice of pointers, and
// a large map of pointers. Each pointer is the only reference to its
// target; after collections every target must still hold its value.
package main

import (
	"fmt"
	"runtime"
)

type box struct{ v int }

type mid20 [2560]*box // 20 KiB: the 20480-byte class
type mid28 [3584]*box // 28 KiB: the 28672-byte class

func main() {
	var a []*mid20
	var b []*mid28
	for i := 0; i < 24; i++ {
		x := new(mid20)
		for j := range x {
			x[j] = &box{i*10000 + j}
		}
		a = append(a, x)
		y := new(mid28)
		for j := range y {
			y[j] = &box{i*20000 + j}
		}
		b = append(b, y)
		if i%4 == 0 {
			runtime.GC()
		}
	}
	big := make([]*box, 1<<17)
	for j := range big {
		big[j] = &box{j}
	}
	m := make(map[int]*box)
	for j := 0; j < 100000; j++ {
		m[j] = &box{3 * j}
	}
	for r := 0; r < 3; r++ {
		// Garbage of the same shapes, so that freed slots get reused.
		for i := 0; i < 16; i++ {
			g := new(mid20)
			g[0] = &box{-1}
			h := new(mid28)
			h[len(h)-1] = &box{-1}
		}
		runtime.GC()
	}
	bad := 0
	for i, x := range a {
		for j, p := range x {
			if p.v != i*10000+j {
				bad++
			}
		}
	}
	for i, y := range b {
		for j, p := range y {
			if p.v != i*20000+j {
				bad++
			}
		}
	}
	for j, p := range big {
		if p.v != j {
			bad++
		}
	}
	for j := 0; j < 100000; j++ {
		if m[j].v != 3*j {
			bad++
		}
	}
	fmt.Println(len(a), len(b), len(big), len(m), "bad:", bad)
}
