package math

// Sqrt returns the square root of x, correctly rounded.
// Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
//
// This is a portable digit-by-digit implementation; a compiler may replace
// calls with the hardware instruction, which gives the same results.
func Sqrt(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	}
	m, e := split(x)
	for m < 1<<shift {
		m <<= 1
		e--
	}
	if e&1 != 0 {
		m <<= 1
		e--
	}
	// sqrt(m × 2**e) = sqrt(m × 2**56) × 2**(e/2-28). Take the integer
	// square root q of m<<56 two radicand bits at a time; the remainder
	// stays below 2q+1 < 2**57, so 64-bit arithmetic suffices.
	var q, rem uint64
	for i := 0; i < 55; i++ {
		var two uint64
		if i < 27 {
			two = m >> uint(52-2*i) & 3
		}
		rem = rem<<2 | two
		t := q<<2 | 1
		q <<= 1
		if rem >= t {
			rem -= t
			q |= 1
		}
	}
	// q has 55 bits; round off the lowest two (exact ties cannot occur).
	low := q & 3
	q >>= 2
	if low > 2 || low == 2 && (rem != 0 || q&1 != 0) {
		q++
	}
	exp := e/2 - 26 // value is q × 2**exp
	if q == 1<<(shift+1) {
		q >>= 1
		exp++
	}
	return Float64frombits(uint64(exp+shift+bias)<<shift | q&fracMask)
}
