// run

// Slicing arrays: a[lo:hi] shares the array's storage, full slice
// expressions a[lo:hi:max] limit capacity so append copies, len/cap of
// slices of arrays (caps are exact here since arrays have fixed size),
// slicing pointer-to-array, and copy between overlapping parts.

package main

var garr [8]int

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:4]
	println(len(s), cap(s), s[0], s[2])
	s[0] = 10
	println(a[1])
	a[3] = 30
	println(s[2])

	// append within capacity writes into the array
	s = append(s, 40)
	println(a[4], len(s), cap(s))

	// full slice expression: capacity limited, append reallocates
	t := a[1:3:3]
	println(len(t), cap(t))
	t = append(t, 99)
	t[0] = -1
	println(a[1], a[3], t[0], t[2])

	// reslice beyond len up to cap
	u := a[0:2]
	u = u[1:5]
	println(len(u), cap(u), u[3])

	// slicing pointer to array
	p := &a
	v := p[2:]
	v[0] = 200
	println(a[2], len(v), cap(v), len(p[:]))

	// array to slice via [:], copy overlapping
	b := [8]int{1, 2, 3, 4, 5, 6, 7, 8}
	n := copy(b[2:], b[:])
	println(n, b[0], b[1], b[2], b[3], b[7])
	c := [8]int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(c[:], c[3:])
	println(n, c[0], c[4], c[5], c[7])

	// slices of a global array
	gs := garr[2:6]
	for i := range gs {
		gs[i] = i + 1
	}
	println(garr[1], garr[2], garr[5], garr[6], cap(gs))

	// empty slices of arrays
	e := a[3:3]
	println(len(e), cap(e))
	e = append(e, 333)
	println(a[3])
	f := a[6:]
	println(len(f), cap(f))

	// string from a byte array slice
	bs := [5]byte{'a', 'b', 'c', 'd', 'e'}
	println(string(bs[1:4]), string(bs[:0]) == "")

	// converting a slice to an array (Go 1.20) copies
	sl := []int{7, 8, 9, 10}
	arr := [3]int(sl)
	arr[0] = 70
	println(sl[0], arr[0], arr[2])
	ap := (*[2]int)(sl)
	ap[1] = 80
	println(sl[1])
	ap2 := (*[0]int)(sl)
	println(ap2 != nil, len(ap2))
}
