package math

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is a "not-a-number" value.
func IsNaN(f float64) (is bool) {
	// Only NaN compares unequal to itself.
	return f != f
}

// IsInf reports whether f is an infinity, according to sign: +Inf for
// sign > 0, -Inf for sign < 0, either for sign == 0.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Dim returns the maximum of x-y or 0. Dim(+Inf, +Inf), Dim(-Inf, -Inf)
// and Dim of a NaN are NaN.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		// NaN fails the comparison and is returned as is.
		return 0
	}
	return v
}

// Max returns the larger of x or y. +Inf wins over NaN; NaN wins over the
// rest; +0 is larger than -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y. -Inf wins over NaN; NaN wins over the
// rest; -0 is smaller than +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		r = Float64frombits(Float64bits(x) + 1)
	default:
		r = Float64frombits(Float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = Float32frombits(1 | Float32bits(y)&(1<<31))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}

// Frexp breaks f into a normalized fraction in [1/2, 1) and an integral
// power of two, f == frac × 2**exp. Frexp(±0), ±Inf and NaN return f, 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	b := Float64bits(f)
	e := int(b>>shift) & mask
	if e == 0 {
		// Subnormal: scale into the normal range first.
		b = Float64bits(f * (1 << 52))
		e = int(b>>shift)&mask - 52
	}
	exp = e - (bias - 1)
	b = b&^(mask<<shift) | (bias-1)<<shift
	return Float64frombits(b), exp
}

// Ldexp is the inverse of Frexp: it returns frac × 2**exp, correctly
// rounded. Ldexp(±0, exp) = ±0, Ldexp(±Inf, exp) = ±Inf, Ldexp(NaN, exp) = NaN.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	// The exponent sums below wrap around like Go's for absurd exp
	// values, so even those give the same result.
	if Abs(frac) < 0x1p-1022 {
		frac *= 1 << 52
		exp -= 52
	}
	b := Float64bits(frac)
	exp += int(b>>shift)&mask - bias // frac = 1.f × 2**exp
	if exp < -1075 {
		// Below half the smallest subnormal: rounds to zero.
		return Copysign(0, frac)
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	m := 1.0
	if exp < -1022 {
		// Subnormal result: build it 2**53 larger and round once when
		// multiplying by 2**-53.
		exp += 53
		m = 1.0 / (1 << 53)
	}
	b = b&^(mask<<shift) | uint64(exp+bias)<<shift
	return m * Float64frombits(b)
}

// Logb returns the binary exponent of x: Logb(±Inf) = +Inf, Logb(0) = -Inf,
// Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(ilogb(x))
}

// Ilogb returns the binary exponent of x as an integer: MinInt32 for 0,
// MaxInt32 for ±Inf and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x):
		return MaxInt32
	case IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

func ilogb(x float64) int {
	_, e := Frexp(x)
	return e - 1
}
