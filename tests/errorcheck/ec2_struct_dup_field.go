// errorcheck

// A field name may appear once in a struct type and once in a keyed
// struct literal.

package main

type T struct {
	a int
	b string
	a float64 // ERROR "a redeclared"
}

type U struct {
	x, y int
}

func main() {
	u := U{x: 1, y: 2, x: 3} // ERROR "duplicate field name x in struct literal"
	var t T
	println(u.x, t.b)
}
