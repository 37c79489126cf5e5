// errorcheck

// Untyped constants whose kind cannot be converted to the target type.

package main

func main() {
	var i int = 1.5 // ERROR "cannot use 1.5 .* as int value in variable declaration \(truncated\)"
	var s string = 1 // ERROR "as string value"
	var b bool = "true" // ERROR "as bool value"
	var r rune = "r" // ERROR "as rune value"
	var f float64 = "1" // ERROR "as float64 value"
	var u uint = 1e100 // ERROR "as uint value in variable declaration \(truncated\)"
	println(i, s, b, r, f, u)
}
