// run

// float64 arithmetic: IEEE semantics, rounding, special values and
// conversions to and from integers.

package main

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// sqrt by Newton's method.
func sqrt(x float64) float64 {
	if x == 0 {
		return 0
	}
	z := x
	for i := 0; i < 60; i++ {
		z = z - (float64(z*z)-x)/(2*z) // float64(): no fused multiply-add
	}
	return z
}

// expSeries computes e^x by its Taylor series.
func expSeries(x float64) float64 {
	sum, term := 1.0, 1.0
	for n := 1; n < 40; n++ {
		term = float64(term * (x / float64(n)))
		sum += term
	}
	return sum
}

func main() {
	a, b := 0.1, 0.2
	println(a+b, a+b == 0.3, abs(a+b-0.3) < 1e-15)
	println(1.0/3.0, 2.0/3.0, 10.0/4.0)
	x := 1e308
	println(x*10, -x*10)
	var zero float64
	println(1/zero, -1/zero, zero/zero)
	nan := zero / zero
	println(nan == nan, nan != nan, nan < 1, nan > 1)
	inf := 1 / zero
	println(inf > 1e308, -inf < -1e308, inf-inf)
	negz := -zero
	println(negz, negz == 0, 1/negz)

	println(sqrt(2), sqrt(144), sqrt(1e-10))
	println(expSeries(1), expSeries(-1))

	// conversions
	f := 3.99
	println(int(f), int(-f), int64(1e18), uint8(f))
	println(float64(7)/2, float64(-7)/2)
	var big int64 = 1<<53 + 1
	println(float64(big), int64(float64(big)))
	var u uint64 = 1<<63 + 12345
	println(float64(u))
	var fu float64 = 1 << 63
	println(uint64(fu))

	// compound assignment and precedence
	v := 2.5
	v *= 4
	v -= 0.5
	v /= 3
	println(v)
	println(1+2*3.5-4/8.0, (1+2)*(3.5-4)/8)

	// accumulation error
	s := 0.0
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	println(s, s == 1.0)

	// small and large magnitudes
	tiny := 5e-324
	println(tiny, tiny/2, tiny*1e300)
	println(1e21, 1e20, 123456789.0, 0.000001, 0.0000001)
	println(float64(1<<62), -2.5e-10, 100.0)
	m := 1.7976931348623157e308
	println(m, m+m)
	println(-0.0 == 0.0)
}
