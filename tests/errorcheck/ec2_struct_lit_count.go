// errorcheck

// A positional struct literal must list a value for every field.

package main

type T struct {
	a, b int
	c    string
}

func main() {
	x := T{1, 2} // ERROR "too few values in struct literal of type T"
	y := T{1, 2, "c", 4} // ERROR "too many values in struct literal of type T"
	z := struct{ u, v int }{1} // ERROR "too few values in struct literal of type struct{u int; v int}"
	println(x.a, y.a, z.u)
}
