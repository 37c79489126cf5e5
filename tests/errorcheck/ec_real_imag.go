// errorcheck

// real and imag take exactly one complex argument.

package main

func main() {
	i := 1
	f := 1.5
	s := "a"
	println(real(i)) // ERROR "argument has type int, expected complex type"
	println(imag(f)) // ERROR "argument has type float64, expected complex type"
	println(real(s)) // ERROR "argument has type string, expected complex type"
	println(real("x")) // ERROR "argument has type untyped string, expected complex type"
	println(real(1, 2)) // ERROR "too many arguments for real\(1, 2\) \(expected 1, found 2\)"
	println(imag()) // ERROR "not enough arguments for imag\(\) \(expected 1, found 0\)"
	println(real(1), imag(2.5), real(complex(f, 1)))
}
