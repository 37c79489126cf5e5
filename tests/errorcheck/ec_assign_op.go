// errorcheck

// Compound assignments x op= y follow the rules of x op y.

package main

func main() {
	s := "a"
	f := 1.5
	b := true
	i := 1
	var u8 uint8
	s -= "a" // ERROR "operator - not defined on s \(variable of type string\)"
	f %= 2 // ERROR "operator % not defined on f \(variable of type float64\)"
	b += b // ERROR "operator \+ not defined on b \(variable of type bool\)"
	s += 1 // ERROR "s \+= 1 \(mismatched types string and untyped int\)"
	i += "x" // ERROR "i \+= .x. \(mismatched types int and untyped string\)"
	i <<= 1.5 // ERROR "1.5 \(untyped float constant\) truncated to uint"
	u8 += 256 // ERROR "256 \(untyped int constant\) overflows uint8"
	f &= 1 // ERROR "operator & not defined on f \(variable of type float64\)"
	println(s, f, b, i, u8)
}
