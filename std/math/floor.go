package math

// Trunc returns the integer value of x, rounded toward zero.
// Trunc(±0) = ±0, Trunc(±Inf) = ±Inf, Trunc(NaN) = NaN.
func Trunc(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>shift)&mask - bias
	switch {
	case e < 0:
		// |x| < 1: keep only the sign.
		return Float64frombits(b & signMask)
	case e >= shift:
		// Already integral, or Inf or NaN.
		return x
	}
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	return -Floor(-x)
}

// Modf returns integer and fractional floating-point numbers that sum to f,
// both with f's sign. Modf(±Inf) = ±Inf, NaN; Modf(NaN) = NaN, NaN.
func Modf(f float64) (integer float64, fractional float64) {
	if f < 1 {
		switch {
		case f < 0:
			integer, fractional = Modf(-f)
			return -integer, -fractional
		case f == 0:
			return f, f
		}
		return 0, f
	}
	integer = Trunc(f)
	return integer, f - integer
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>shift)&mask - bias
	switch {
	case e < -1:
		// |x| < 0.5
		return Float64frombits(b & signMask)
	case e == -1:
		// 0.5 <= |x| < 1
		return Float64frombits(b&signMask | uvone)
	case e >= shift:
		return x
	}
	// Add one half ulp of the integer part, then truncate.
	half := uint64(1) << uint(shift-1-e)
	b += half
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>shift)&mask - bias
	switch {
	case e < -1:
		return Float64frombits(b & signMask)
	case e == -1:
		// 0.5 rounds to 0, anything above to 1.
		if b&fracMask == 0 {
			return Float64frombits(b & signMask)
		}
		return Float64frombits(b&signMask | uvone)
	case e >= shift:
		return x
	}
	frac := uint64(fracMask) >> uint(e)
	half := uint64(1) << uint(shift-1-e)
	unit := half << 1
	// A tie rounds up only when the integer part is odd.
	if b&frac == half && b&unit == 0 {
		return Float64frombits(b &^ frac)
	}
	b += half
	return Float64frombits(b &^ frac)
}
