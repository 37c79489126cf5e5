// run

// println's shortest float formatting across magnitudes: the switch
// between %e-style and %f-style output, rounding of the shortest
// representation and float32 vs float64 digits.

package main

func main() {
	// powers of ten around the exponent thresholds
	x := 1.0
	for i := 0; i < 25; i++ {
		print(x, " ")
		x *= 10
	}
	println()
	y := 1.0
	for i := 0; i < 10; i++ {
		print(y, " ")
		y /= 10
	}
	println()

	// values that need many digits
	println(1.0/3, 2.0/3, 1e23, 5e-324, 123456789.123456789)
	println(0.1, 0.2, 0.3, 0.1+0.2, 1-0.9)
	println(9007199254740993.0, 4503599627370497.5)
	var third float32 = 1.0 / 3
	println(third, float32(1e10), float32(123456789), float32(0.3))

	// halves and integers near thresholds
	vals := 0.5
	for i := 0; i < 6; i++ {
		print(vals, " ")
		vals *= 0.5
	}
	println()
	println(999999999999999999999.0, 1e21-1e5, 100000000000000000000.0)
	println(0.00001, 0.0001, 0.000123456, 1.5e-5)

	// negative values, zero, special values
	var zero float64
	println(-1e21, -1e-7, -zero, zero)
	println(-1/zero, 1/zero, zero/zero)
	var z32 float32
	println(-1/z32, z32/z32)

	// integer-valued floats
	println(1.0, 10.0, 255.0, 65536.0, 4294967296.0, 1e15, 1e16)
	// float arithmetic results
	a := 1.1
	println(a*a, a*a*a, a/3)
	var f32 float32 = 1.1
	println(f32*f32, f32*f32*f32, f32/3)
}
