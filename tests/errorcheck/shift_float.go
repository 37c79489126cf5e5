// errorcheck

// Shifts need integer operands and non-negative constant counts.

package main

func main() {
	f := 1.5
	var s uint = 2
	println(f << 2) // ERROR "shifted operand f .* must be integer"
	println(1 << f) // ERROR "shift count f .* must be integer"
	println(2.5 << s) // ERROR "shifted operand 2.5"
	var i = 1
	println(i << -1) // ERROR "negative shift count"
	var fl float64 = 1 << s // ERROR "shifted operand 1 \(type float64\) must be integer"
	println(fl)
}
