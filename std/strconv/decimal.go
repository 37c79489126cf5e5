package strconv

// decimal is an exact multi-precision decimal used for converting floats:
// value = 0.d[0]d[1]...d[nd-1] × 10**dp. Digits past the buffer are
// dropped, and trunc records that some dropped digit was nonzero, which is
// enough to round correctly: a float64 or its halfway points never need
// more than 767 significant digits.
type decimal struct {
	d     [800]byte // ASCII digits, most significant first
	nd    int       // digits in use; no trailing zeros after trim
	dp    int       // position of the decimal point
	trunc bool      // nonzero digits were dropped
}

// assign sets a to the integer v.
func (a *decimal) assign(v uint64) {
	var buf [20]byte
	n := 0
	for v > 0 {
		buf[n] = byte(v%10) + '0'
		v /= 10
		n++
	}
	a.nd = 0
	for n > 0 {
		n--
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trunc = false
	a.trim()
}

// trim drops trailing zeros; zero is represented with nd == 0, dp == 0.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// maxShift bounds a single shift so that digit arithmetic stays in uint64:
// 10 × 2**60 < 2**64.
const maxShift = 60

// shift multiplies a by 2**k (k may be negative).
func (a *decimal) shift(k int) {
	if a.nd == 0 {
		return
	}
	for k > maxShift {
		a.lsh(maxShift)
		k -= maxShift
	}
	for k < -maxShift {
		a.rsh(maxShift)
		k += maxShift
	}
	if k > 0 {
		a.lsh(uint(k))
	} else if k < 0 {
		a.rsh(uint(-k))
	}
}

// rsh divides a by 2**k by long division, left to right.
func (a *decimal) rsh(k uint) {
	r, w := 0, 0
	var n uint64
	// Read digits until the running value reaches 2**k.
	for n>>k == 0 {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0
				a.dp = 0
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]-'0')
		r++
	}
	a.dp -= r - 1
	mask := uint64(1)<<k - 1
	for ; r < a.nd; r++ {
		c := uint64(a.d[r] - '0')
		a.d[w] = byte(n>>k) + '0'
		w++
		n = (n&mask)*10 + c
	}
	// The remainder yields further digits, as many as fit.
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < len(a.d) {
			a.d[w] = byte(dig) + '0'
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n *= 10
	}
	a.nd = w
	a.trim()
}

// lsh multiplies a by 2**k, right to left; the result has at most
// k×3/10+1 more digits.
func (a *decimal) lsh(k uint) {
	end := a.nd + int(k)*3/10 + 1 // one past the last digit written
	w := end
	var n uint64
	for r := a.nd - 1; r >= 0; r-- {
		n += uint64(a.d[r]-'0') << k
		q := n / 10
		w--
		if w < len(a.d) {
			a.d[w] = byte(n-10*q) + '0'
		} else if n-10*q != 0 {
			a.trunc = true
		}
		n = q
	}
	for n > 0 {
		q := n / 10
		w--
		a.d[w] = byte(n-10*q) + '0'
		n = q
	}
	if end > len(a.d) {
		end = len(a.d)
	}
	// The digits are at a.d[w:end]; move them to the front.
	a.dp += a.nd + int(k)*3/10 + 1 - w - a.nd
	copy(a.d[:], a.d[w:end])
	a.nd = end - w
	a.trim()
}

// shouldRoundUp reports whether keeping nd digits must round up: past
// halfway, or exactly halfway with an odd last kept digit (ties to even).
func (a *decimal) shouldRoundUp(nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true // above halfway
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// round rounds a to nd digits, to nearest with ties to even.
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.shouldRoundUp(nd) {
		a.roundUp(nd)
	} else {
		a.roundDown(nd)
	}
}

// roundDown truncates a to nd digits.
func (a *decimal) roundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// roundUp rounds a up to nd digits.
func (a *decimal) roundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines (or nothing kept): the result is the next power of ten.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// roundedInteger returns a rounded to the nearest integer, ties to even;
// a must be below 2**64.
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.dp >= 0 && a.dp < a.nd && a.shouldRoundUp(a.dp) {
		n++
	}
	return n
}

// floatInfo describes an IEEE 754 binary format.
type floatInfo struct {
	mantbits uint // explicit significand bits
	expbits  uint
	minExp   int // exponent of the smallest normal number
	maxExp   int // exponent of the largest finite number
}

var float32info = floatInfo{23, 8, -126, 127}
var float64info = floatInfo{52, 11, -1022, 1023}

// floatBits converts a to the nearest float of format flt, ties to even,
// and returns its bits without sign. overflow reports a result too large
// for the format, in which case the bits are those of infinity.
func (a *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var mant uint64
	exp := 0
	infBits := uint64(1)<<flt.expbits - 1
	if a.nd == 0 {
		return 0, false
	}
	if a.dp > 310 {
		return infBits << flt.mantbits, true
	}
	if a.dp < -330 {
		return 0, false
	}
	// Scale by powers of two into [0.5, 1); each step is sized from dp so
	// that it cannot overshoot the interval.
	for {
		if a.dp > 0 {
			n := (a.dp - 1) * 332 / 100
			if n < 1 {
				n = 1
			} else if n > maxShift {
				n = maxShift
			}
			a.shift(-n)
			exp += n
			continue
		}
		if a.dp < 0 || a.d[0] < '5' {
			n := -a.dp * 332 / 100
			if n < 1 {
				n = 1
			} else if n > maxShift {
				n = maxShift
			}
			a.shift(n)
			exp -= n
			continue
		}
		break
	}
	// a × 2**exp with a in [0.5, 1) is (2a) × 2**(exp-1), 2a in [1, 2).
	exp--
	if exp < flt.minExp {
		// Subnormal: fix the exponent and give up precision instead.
		a.shift(exp - flt.minExp)
		exp = flt.minExp
	}
	if exp > flt.maxExp {
		return infBits << flt.mantbits, true
	}
	a.shift(int(1 + flt.mantbits))
	mant = a.roundedInteger()
	if mant == 2<<flt.mantbits {
		// Rounding carried into a new bit.
		mant >>= 1
		exp++
		if exp > flt.maxExp {
			return infBits << flt.mantbits, true
		}
	}
	if mant&(1<<flt.mantbits) == 0 {
		// Subnormal or zero: exponent field 0.
		return mant, false
	}
	field := uint64(exp-flt.minExp+1) & infBits
	return field<<flt.mantbits | mant&(1<<flt.mantbits-1), false
}
