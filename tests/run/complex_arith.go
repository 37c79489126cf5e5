// run

// complex64/complex128 arithmetic printed via real() and imag():
// construction with complex(), literals with i, + - * /, conjugate,
// comparison, conversion between complex64 and complex128, powers by
// repeated multiplication, and Mandelbrot membership for a few points.

package main

func conj(c complex128) complex128 { return complex(real(c), -imag(c)) }

func abs2(c complex128) float64 { return real(c)*real(c) + imag(c)*imag(c) }

func show(name string, c complex128) {
	println(name, int(real(c)), int(imag(c)))
}

func mandel(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if abs2(z) > 4 {
			return i
		}
	}
	return -1
}

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	show("a", a)
	show("b", b)
	show("a+b", a+b)
	show("a-b", a-b)
	show("a*b", a*b)
	show("a/b", a/b*5)
	show("conj", conj(a))
	show("a*conj", a*conj(a))
	println(int(abs2(a)))

	println(a == complex(3, 4), a != b, a == 3+4i)

	var c64 complex64 = complex64(a)
	c64 *= 2
	println(int(real(c64)), int(imag(c64)))
	back := complex128(c64)
	show("back", back)

	// i^n cycles
	p := complex(1, 0)
	for n := 0; n < 8; n++ {
		print(int(real(p)), ",", int(imag(p)), " ")
		p *= 1i
	}
	println()

	// (1+i)^10 = 32i
	q := complex(1, 1)
	r := complex(1, 0)
	for n := 0; n < 10; n++ {
		r *= q
	}
	show("(1+i)^10", r)

	for _, c := range []complex128{0, -1, 1i, 1, -2, 0.5, 2 + 2i} {
		print(mandel(c), " ")
	}
	println()

	// zero value and components of complex64
	var z complex64
	println(real(z) == 0, imag(z) == 0)
	z = complex(float32(1.5), float32(-2.5))
	println(real(z) == 1.5, imag(z) == -2.5)

	// division by a real
	d := (6 + 8i) / 2
	show("d", d)
	// negation and compound assignment
	e := -a
	e += 10
	e -= 2i
	show("e", e)
	// complex in struct and array, comparison
	type P struct{ v complex128 }
	arr := [2]P{{1 + 1i}, {2}}
	arr2 := arr
	println(arr == arr2, arr[1].v == 2)
	// complex map keys
	m := map[complex128]int{1i: 1, 1: 2}
	m[complex(0, 1)] += 10
	println(m[1i], m[1], len(m))
}
