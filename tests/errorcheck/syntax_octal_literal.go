// errorcheck

// A leading 0 makes an octal literal: 8 and 9 are not octal digits.

package main

func main() {
	println(0128) // ERROR "invalid digit .8. in octal literal"
}
