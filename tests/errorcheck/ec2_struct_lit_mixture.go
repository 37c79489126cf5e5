// errorcheck

// Keyed and positional elements cannot be mixed in one struct literal,
// and a key must be a plain field name.

package main

type T struct {
	a, b int
}

func main() {
	x := T{a: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	y := T{1, b: 2} // ERROR "mixture of field:value and value elements in struct literal"
	z := T{x.a: 1} // ERROR "invalid field name x.a in struct literal"
	println(x.a, y.a, z.a)
}
