// errorcheck

// min and max need at least one argument, ordered operands and a common
// type.

package main

func main() {
	s := "abc"
	x := 1
	var b bool
	println(min()) // ERROR "not enough arguments for min\(\) \(expected 1, found 0\)"
	println(max()) // ERROR "not enough arguments for max\(\)"
	println(max(true, false)) // ERROR "true \(untyped bool constant\) cannot be ordered"
	println(min(b)) // ERROR "b \(variable of type bool\) cannot be ordered"
	println(min(x, s)) // ERROR "mismatched types int \(previous argument\) and string \(type of s\)"
	println(max(1, "a")) // ERROR "mismatched types untyped int \(previous argument\) and untyped string"
	println(min(s, "b"), max(1, 2.5), min(x, 2, 3))
}
