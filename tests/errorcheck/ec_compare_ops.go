// errorcheck

// Ordering needs ordered operands; == needs comparable, matching ones.

package main

func main() {
	b1, b2 := true, false
	c1, c2 := complex(1.5, 1), complex(2.5, 2)
	println(b1 < b2) // ERROR "b1 < b2 \(operator < not defined on bool\)"
	println(c1 >= c2) // ERROR "c1 >= c2 \(operator >= not defined on complex128\)"
	println(true > false) // ERROR "operator > not defined on untyped bool\)"
	println(1i < 2i) // ERROR "operator < not defined on untyped complex\)"
	println(c1 == c2, b1 != b2)
	println(b1 == 1) // ERROR "mismatched types bool and untyped int"
	println("a" == 1) // ERROR "mismatched types untyped string and untyped int"
}
