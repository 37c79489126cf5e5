// errorcheck

// Invalid conversions of constants and values between basic types.

package main

func main() {
	println(int8(1000)) // ERROR "constant \d+ overflows int8"
	println(uint(-1)) // ERROR "constant -1 overflows uint"
	println(string(1.5)) // ERROR "cannot convert 1.5 .* to type string"
	println(int(1.5)) // ERROR "cannot convert 1.5 .* to type int"
	println(bool(1)) // ERROR "cannot convert 1 .* to type bool"
	var s string = "9"
	println(int(s)) // ERROR "cannot convert s .* to type int"
	println(float64("1.0")) // ERROR "cannot convert .* to type float64"
}
