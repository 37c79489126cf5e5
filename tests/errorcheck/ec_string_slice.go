// errorcheck

// Slicing strings: no 3-index form, ordered constant indices within a
// constant string's length, integer indices.

package main

const cs = "abc"

func main() {
	s := "hello"
	x := 1
	f := 1.5
	println(x[1:2]) // ERROR "cannot slice x \(variable of type int\)"
	println(s[1:2:3]) // ERROR "3-index slice of string"
	println(s[3:1]) // ERROR "invalid slice indices: 1 < 3"
	println(cs[1:5]) // ERROR "index 5 out of bounds \[0:4\]"
	println(s[-1:]) // ERROR "index -1 \(constant of type int\) must not be negative"
	println(s[:f]) // ERROR "index f \(variable of type float64\) must be integer"
	println(true[0:]) // ERROR "cannot slice true \(untyped bool constant\)"
	println(cs[:3], s[2:2])
}
