package strconv

import "math"

// FormatFloat converts f to a string according to fmt and precision prec,
// assuming f came from a float of bitSize bits (32 or 64).
//
// fmt is 'b' (-ddddp±ddd, binary exponent), 'e' (-d.dddde±dd), 'E',
// 'f' (-ddd.dddd), 'g' ('e' for large exponents, 'f' otherwise), 'G',
// 'x' (-0xd.ddddp±ddd, hexadecimal) or 'X'. prec is the number of digits
// after the point for 'e', 'E', 'f', 'x', 'X' and the number of
// significant digits for 'g', 'G'; -1 selects the fewest digits that
// ParseFloat reads back exactly.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal FormatFloat bitSize")
	}
	return string(genericFtoa(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat bitSize")
	}
	return genericFtoa(dst, f, fmt, prec, bitSize)
}

func genericFtoa(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var flt *floatInfo
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(val)))
		flt = &float32info
	case 64:
		bits = math.Float64bits(val)
		flt = &float64info
	default:
		panic("unreachable")
	}

	neg := bits>>(flt.expbits+flt.mantbits) != 0
	biasedExp := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	mant := bits & (uint64(1)<<flt.mantbits - 1)
	// exp is the exponent of the leading bit position mantbits.
	exp := biasedExp + flt.minExp - 1
	switch biasedExp {
	case 1<<flt.expbits - 1:
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0:
		exp = flt.minExp // subnormal
	default:
		mant |= uint64(1) << flt.mantbits
	}

	switch fmt {
	case 'b':
		return fmtB(dst, neg, mant, exp, flt)
	case 'x', 'X':
		return fmtX(dst, prec, fmt, neg, mant, exp, flt)
	}

	// The exact decimal value of mant × 2**(exp-mantbits).
	var d decimal
	d.assign(mant)
	d.shift(exp - int(flt.mantbits))

	shortest := prec < 0
	if shortest {
		roundShortest(&d, mant, exp, flt)
		switch fmt {
		case 'e', 'E':
			prec = max(d.nd-1, 0)
		case 'f':
			prec = max(d.nd-d.dp, 0)
		case 'g', 'G':
			prec = d.nd
		}
	} else {
		switch fmt {
		case 'e', 'E':
			d.round(prec + 1)
		case 'f':
			d.round(d.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.round(prec)
		}
	}
	return formatDigits(dst, shortest, neg, &d, prec, fmt)
}

// roundShortest rounds d (the exact value of mant × 2**(exp-mantbits)) to
// the fewest digits that still lie strictly inside the interval of reals
// rounding to the same float (inclusive of its ends when mant is even,
// because ties round to even); among those it picks the one nearest d.
func roundShortest(d *decimal, mant uint64, exp int, flt *floatInfo) {
	if mant == 0 {
		d.nd = 0
		return
	}
	// When the digits of d end at a power of ten no smaller than the gap
	// between floats (332/100 < log2(10)), no shorter number is close
	// enough: d itself is the answer.
	if exp > flt.minExp && 332*(d.dp-d.nd) >= 100*(exp-int(flt.mantbits)) {
		return
	}

	// The interval's ends are halfway to the neighbouring floats. Below a
	// power of two the gap to the lower neighbour is half as large.
	var upper decimal
	upper.assign(mant*2 + 1)
	upper.shift(exp - int(flt.mantbits) - 1)

	mantlo, explo := mant-1, exp
	if mant <= 1<<flt.mantbits && exp != flt.minExp {
		mantlo, explo = mant*2-1, exp-1
	}
	var lower decimal
	lower.assign(mantlo*2 + 1)
	lower.shift(explo - int(flt.mantbits) - 1)

	inclusive := mant%2 == 0

	// Keep more and more digits of d, starting at the leading digit
	// position of upper, which can be one place left of d's (then n starts
	// at 0). For each n the candidates are d truncated to n digits and
	// that plus one unit in the last place.
	var cand [32]byte
	for n := d.dp - upper.dp + 1; n <= d.nd; n++ {
		// truncated: d.d[:n] (empty when n <= 0, the value zero)
		okDown := false
		if n > 0 {
			c := cmpDigits(d.d[:n], d.dp, &lower)
			okDown = c > 0 || inclusive && c == 0
		}
		// rounded up: d.d[:n] plus one in the last place
		var up []byte
		upDp := d.dp
		i := n - 1
		for ; i >= 0 && d.d[i] == '9'; i-- {
		}
		if i < 0 {
			up = append(cand[:0], '1')
			upDp++
		} else {
			up = append(cand[:0], d.d[:i]...)
			up = append(up, d.d[i]+1)
		}
		c := cmpDigits(up, upDp, &upper)
		okUp := c < 0 || inclusive && c == 0
		switch {
		case okDown && okUp:
			d.round(n)
			return
		case okDown:
			d.roundDown(n)
			return
		case okUp:
			d.roundUp(n)
			return
		}
	}
}

// cmpDigits compares the decimal 0.digits × 10**dp (digits nonempty, with
// a nonzero leading digit, possibly trailing zeros) with b > 0.
func cmpDigits(digits []byte, dp int, b *decimal) int {
	if dp != b.dp {
		if dp < b.dp {
			return -1
		}
		return 1
	}
	n := len(digits)
	if b.nd > n {
		n = b.nd
	}
	for i := 0; i < n; i++ {
		x, y := byte('0'), byte('0')
		if i < len(digits) {
			x = digits[i]
		}
		if i < b.nd {
			y = b.d[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// formatDigits lays out the digits of d for fmt ('e', 'E', 'f', 'g', 'G').
func formatDigits(dst []byte, shortest bool, neg bool, d *decimal, prec int, fmt byte) []byte {
	switch fmt {
	case 'e', 'E':
		return fmtE(dst, neg, d, prec, fmt)
	case 'f':
		return fmtF(dst, neg, d, prec)
	case 'g', 'G':
		eprec := prec
		if eprec > d.nd && d.nd >= d.dp {
			eprec = d.nd
		}
		// %e is used if the exponent from the conversion is less than -4
		// or at least the precision; shortest output decides with 6.
		if shortest {
			eprec = 6
		}
		exp := d.dp - 1
		if exp < -4 || exp >= eprec {
			if prec > d.nd {
				prec = d.nd
			}
			return fmtE(dst, neg, d, prec-1, fmt+'e'-'g')
		}
		if prec > d.dp {
			prec = d.nd
		}
		return fmtF(dst, neg, d, max(prec-d.dp, 0))
	}
	// Unknown format.
	return append(dst, '%', fmt)
}

// fmtE formats -d.ddde±dd.
func fmtE(dst []byte, neg bool, d *decimal, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	ch := byte('0')
	if d.nd != 0 {
		ch = d.d[0]
	}
	dst = append(dst, ch)
	if prec > 0 {
		dst = append(dst, '.')
		i := 1
		m := min(d.nd, prec+1)
		if i < m {
			dst = append(dst, d.d[i:m]...)
			i = m
		}
		for ; i <= prec; i++ {
			dst = append(dst, '0')
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if d.nd == 0 {
		exp = 0 // zero has exponent 0
	}
	if exp < 0 {
		ch = '-'
		exp = -exp
	} else {
		ch = '+'
	}
	dst = append(dst, ch)
	switch {
	case exp < 10:
		dst = append(dst, '0', byte(exp)+'0')
	case exp < 100:
		dst = append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	default:
		dst = append(dst, byte(exp/100)+'0', byte(exp/10)%10+'0', byte(exp%10)+'0')
	}
	return dst
}

// fmtF formats -ddd.ddd.
func fmtF(dst []byte, neg bool, d *decimal, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		m := min(d.nd, d.dp)
		dst = append(dst, d.d[:m]...)
		for ; m < d.dp; m++ {
			dst = append(dst, '0')
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			ch := byte('0')
			if j := d.dp + i - 1; 0 <= j && j < d.nd {
				ch = d.d[j]
			}
			dst = append(dst, ch)
		}
	}
	return dst
}

// fmtB formats -ddddp±ddd: the integer significand and binary exponent.
func fmtB(dst []byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = formatBits(dst, mant, 10, false)
	dst = append(dst, 'p')
	exp -= int(flt.mantbits)
	if exp >= 0 {
		dst = append(dst, '+')
		return formatBits(dst, uint64(exp), 10, false)
	}
	return formatBits(dst, uint64(-exp), 10, true)
}

// fmtX formats -0x1.yyyyp±dd (or -0x0p+00 for zero).
func fmtX(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if mant == 0 {
		exp = 0
	}
	// Put the leading 1 (if any) at bit 60, so 15 hex digits follow it.
	mant <<= 60 - flt.mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		// Round to prec hex digits, ties to even.
		s := uint(prec * 4)
		extra := (mant << s) & (1<<60 - 1)
		mant >>= 60 - s
		if extra|(mant&1) > 1<<59 {
			mant++
		}
		mant <<= 60 - s
		if mant&(1<<61) != 0 {
			mant >>= 1
			exp++
		}
	}
	hex := lowerhex
	if fmt == 'X' {
		hex = upperhex
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, '0'+byte((mant>>60)&1))
	mant <<= 4 // drop the leading digit
	if prec < 0 && mant != 0 {
		dst = append(dst, '.')
		for mant != 0 {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	}
	ch := byte('P')
	if fmt == 'x' {
		ch = 'p'
	}
	dst = append(dst, ch)
	if exp < 0 {
		ch = '-'
		exp = -exp
	} else {
		ch = '+'
	}
	dst = append(dst, ch)
	switch {
	case exp < 100:
		dst = append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	case exp < 1000:
		dst = append(dst, byte(exp/100)+'0', byte((exp/10)%10)+'0', byte(exp%10)+'0')
	default:
		dst = append(dst, byte(exp/1000)+'0', byte(exp/100)%10+'0', byte((exp/10)%10)+'0', byte(exp%10)+'0')
	}
	return dst
}
