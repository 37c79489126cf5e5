// errorcheck

// Argument counts of the builtins and ... with builtins that take no
// slice.

package main

func main() {
	s := "abc"
	x := 1
	println(s...) // ERROR "invalid use of ... with built-in println"
	print(x, s...) // ERROR "invalid use of ... with built-in print"
	println(len()) // ERROR "not enough arguments for len\(\) \(expected 1, found 0\)"
	println(len(s, s)) // ERROR "too many arguments for len\(s, s\) \(expected 1, found 2\)"
	panic(1, 2) // ERROR "too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
}
