package math

// Mod returns the floating-point remainder of x/y, with x's sign.
// Mod(±Inf, y), Mod(x, 0) and Mod with a NaN are NaN; Mod(x, ±Inf) = x.
// The result is exact.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	r := x
	if x < 0 {
		r = -x
	}
	if r >= y {
		r = fmod(r, y)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// fmod returns x mod y for finite 0 < y <= x by long division on the
// integer significands; every step is exact.
func fmod(x, y float64) float64 {
	if IsInf(y, 0) {
		return x
	}
	mx, ex := split(x)
	my, ey := split(y)
	// x = mx×2**ex, y = my×2**ey with 53-bit significands and ex >= ey.
	for ex > ey {
		mx %= my
		if mx == 0 {
			return 0
		}
		// Shift in as many bits as fit below 2**63.
		n := 63 - bitLen(mx)
		if n > ex-ey {
			n = ex - ey
		}
		mx <<= uint(n)
		ex -= n
	}
	mx %= my
	return Ldexp(float64(mx), ex)
}

// split returns m and e with x == m × 2**e, m an integer below 2**53.
func split(x float64) (m uint64, e int) {
	b := Float64bits(x)
	be := int(b>>shift) & mask
	m = b & fracMask
	if be == 0 {
		return m, -1074
	}
	return m | 1<<shift, be - bias - shift
}

func bitLen(x uint64) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// Remainder returns the IEEE 754 floating-point remainder of x/y: x - n×y
// with n the integer nearest x/y, ties to even. Remainder(±Inf, y),
// Remainder(x, 0) and any NaN give NaN; Remainder(x, ±Inf) = x.
func Remainder(x, y float64) float64 {
	const (
		tiny    = 4.45014771701440276618e-308 // 2**-1021
		halfMax = MaxFloat64 / 2
	)
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if sign {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // now x < 2y
	}
	// Subtract y once or twice to land in [-y/2, y/2], ties to even.
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		yHalf := 0.5 * y
		if x > yHalf {
			x -= y
			if x >= yHalf {
				x -= y
			}
		}
	}
	if sign {
		x = -x
	}
	return x
}
