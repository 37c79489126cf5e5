// errorcheck

// Binary operations between operands of different types.

package main

type MyInt int

func main() {
	var i int = 1
	var i8 int8 = 2
	var f float64 = 3
	var s string = "s"
	var m MyInt = 4
	var b bool = true
	println(i + i8) // ERROR "mismatched types int and int8"
	println(i * f) // ERROR "mismatched types int and float64"
	println(s + i) // ERROR "mismatched types string and int"
	println(m == i) // ERROR "mismatched types MyInt and int"
	println(b && i) // ERROR "mismatched types bool and int"
	println(i < s) // ERROR "mismatched types int and string"
}
