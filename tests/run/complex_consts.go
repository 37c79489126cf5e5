// run

// Complex numbers in constant expressions and println: untyped complex
// constants, real/imag/complex on constants, conversion to complex64 and
// complex128 variables, and printing.

package main

const I = 1i
const Z = 3 + 4i
const Zc = 3 - 4i

const normSq = real(Z * Zc) // 25, an untyped float constant
const re = real(Z)
const im = imag(Z)

const (
	I2 = I * I
	I3 = I2 * I
	I4 = I3 * I
)

func main() {
	println(I, Z, Zc, I*I)
	println(normSq, re, im)
	var n int = normSq // exactly representable
	println(n)
	const c = complex(1.5, -2.5)
	println(c, real(c), imag(c))
	var c128 complex128 = Z
	var c64 complex64 = Zc
	println(c128, c64)
	println(Z*Z, Z/2, Z+complex(0, 1), -Z, Z/Zc)
	println(real(c128), imag(c64))
	println(c128 == Z, c64 == complex64(Zc), c128 != c128)

	// complex built from variables
	x, y := 2.0, -0.5
	w := complex(x, y)
	println(w, real(w), imag(w))
	var f32a, f32b float32 = 0.1, 0.2
	v := complex(f32a, f32b)
	println(v)
	var zero float64
	println(complex(zero/zero, -1/zero), complex(-zero, zero))

	// powers of i, computed exactly
	println(I2, I3, I4, real(I4) == 1)
	// untyped complex constant with zero imaginary part used as int or float
	const k = 5 + 0i
	var m int = k
	var fl float32 = k * 1.5
	println(m, fl)
	// large and tiny components
	const big = complex(1e300, -1e-300)
	println(big, complex64(complex(1e30, 1e-30)))
	// conversions between complex sizes
	var c2 complex128 = complex128(c64)
	var c3 complex64 = complex64(c128)
	println(c2, c3)
}
