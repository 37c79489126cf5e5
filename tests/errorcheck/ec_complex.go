// errorcheck

// complex takes two floating-point values of the same type; real and
// imag take one complex value.

package main

func main() {
	i := 1
	f := 1.5
	var f32 float32 = 1
	println(complex(1)) // ERROR "not enough arguments for complex\(1\) \(expected 2, found 1\)"
	println(complex(1, 2, 3)) // ERROR "too many arguments for complex\(1, 2, 3\) \(expected 2, found 3\)"
	println(complex(i, i)) // ERROR "arguments have type int, expected floating-point"
	println(complex("a", 1)) // ERROR "mismatched types untyped string and untyped float"
	println(complex(f32, f)) // ERROR "complex\(f32, f\) \(mismatched types float32 and float64\)"
	println(complex(f, true)) // ERROR "cannot convert true \(untyped bool constant\) to type float64"
}
