// errorcheck

// Struct literal elements must be assignable to the field types, and
// keyed elements must name fields of the struct.

package main

type P struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	a := P{"bob", "ten", nil} // ERROR "cannot use .ten. \(untyped string constant\) as int value in struct literal"
	b := P{Name: 7} // ERROR "cannot use 7 \(untyped int constant\) as string value in struct literal"
	c := P{Tags: "x"} // ERROR "cannot use .x. \(untyped string constant\) as \[\]string value in struct literal"
	d := P{Height: 3} // ERROR "unknown field Height in struct literal of type P"
	var f float64 = 1.5
	e := P{Age: f} // ERROR "cannot use f \(variable of type float64\) as int value in struct literal"
	println(a.Age, b.Age, c.Age, d.Age, e.Age)
}
