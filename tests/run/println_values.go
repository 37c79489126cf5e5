// run

// println of every basic type: integers of every size, floats in shortest
// form (large, small, negative zero, NaN, Inf), complex values, bools,
// strings, named types and untyped constants.

package main

type Celsius float64
type Name string
type Count uint16
type Flag bool

func main() {
	println(int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615))
	println(int(0), uint(0), uintptr(0x1000), byte('A'), rune('A'))
	println(true, false, "string", "")

	// floats
	println(1.0, 0.5, 100.0, 1e6, 1e20, 1e21, 1e22, 123456789012345678.0)
	println(1e-4, 1e-5, 1e-6, 1e-7, 0.000123, 1.5e-300)
	println(-1.0, -0.25, 3.141592653589793, 2.718281828459045)
	var zero float64
	negZero := -zero
	println(zero, negZero)
	println(1/zero, -1/zero, zero/zero)
	println(float32(0.1), float32(1e20), float32(1e-20), float32(16777216), float32(3.4028235e38))
	var fz float32
	println(-fz, 1/fz, fz/fz)
	println(1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308)
	println(float64(1<<53), float64(1<<53+1), 9007199254740993.0)
	println(100000000000000000000.0, 12345678.9, 0.1+0.2)

	// complex
	println(complex(1, 2), complex(-1.5, -0.5), complex(0, 0))
	var c64 complex64 = complex(1.5, -2)
	println(c64, real(c64), imag(c64))
	c := complex(zero, 1/zero)
	println(c)
	println(1i, 2+3i, (1+2i)*(3+4i))

	// named types print like their underlying type
	var t Celsius = 36.6
	var n Name = "gopher"
	var k Count = 42
	var fl Flag = true
	println(t, n, k, fl)

	// untyped constants take their default type
	println(1<<40, 'x', 2.0, 3+0i, "untyped", 1 == 1)

	// multiple strings with embedded spaces and newlines
	println("a b", "c\td", "e\nf")
	println()
	println("after empty line")

	// expressions
	x := 7
	println(x*x, -x, x/2, float64(x)/2, x > 3)
}
