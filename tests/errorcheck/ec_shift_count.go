// errorcheck

// Shift counts must be non-negative integers (or untyped constants
// representable as uint) and, for constant shifts, not absurdly large.

package main

func main() {
	x := 1
	var s uint = 3
	println(1 << 1.5) // ERROR "1.5 \(untyped float constant\) truncated to uint"
	println(1 << 100000) // ERROR "invalid shift count 100000 \(untyped int constant\)"
	println(x << "a") // ERROR "cannot convert .a. \(untyped string constant\) to type uint"
	println(x << -1.0) // ERROR "negative shift count -1.0"
	println(x >> 2.0, x << s)
	println(1.0 << s) // ERROR "shifted operand 1.0 \(type float64\) must be integer"
}
