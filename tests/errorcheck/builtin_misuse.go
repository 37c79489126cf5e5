// errorcheck

// Misuse of builtins: len of a number, builtin values not used, builtins
// used as values.

package main

func main() {
	x := 1
	println(len(x)) // ERROR "invalid argument: x .* for built-in len"
	len("abc") // ERROR "is not used"
	f := println // ERROR "println \(built-in\) must be called"
	panic() // ERROR "not enough arguments for panic"
	print // ERROR "print \(built-in\) must be called"
	println(x, f)
}
