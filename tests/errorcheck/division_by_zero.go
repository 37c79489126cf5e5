// errorcheck

// Division by a constant zero is a compile-time error for integers and
// for constant floats.

package main

func main() {
	x := 10
	println(x / 0) // ERROR "division by zero"
	println(x % 0) // ERROR "division by zero"
	const c = 1 / 0 // ERROR "division by zero"
	const f = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	var y float64 = 3
	// A non-constant float divided by a constant zero is allowed (gives +Inf).
	println(y / 0)
	x /= 0 // ERROR "division by zero"
	println(x, c, f)
}
