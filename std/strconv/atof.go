package strconv

import "math"

const fnParseFloat = "ParseFloat"

// ParseFloat converts s to a floating-point number with the precision of
// bitSize (32 or 64; 32-bit results are still returned as float64 but
// convert to float32 without change).
//
// It accepts decimal and hexadecimal floating-point literals as in Go
// (underscores only between digits), "NaN", and "Inf"/"Infinity" with an
// optional sign, all case-insensitively. The result is the nearest
// float, ties to even. Errors are *NumError: ErrSyntax for malformed input,
// ErrRange with ±Inf when the value overflows.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError(fnParseFloat, s)
	}
	return f, err
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	if val, n, ok := special(s); ok {
		if bitSize == 32 {
			return float64(float32(val)), n, nil
		}
		return val, n, nil
	}
	p, n, ok := readFloat(s)
	if !ok {
		return 0, n, syntaxError(fnParseFloat, s)
	}
	if !p.hex && !p.trunc {
		if f, ok := exactFloat(p, bitSize == 32); ok {
			return f, n, nil
		}
	}
	var bits uint64
	var overflow bool
	if p.hex {
		bits, overflow = hexBits(p.mant, p.exp, p.trunc, flt)
	} else {
		var d decimal
		d.set(s[:n])
		bits, overflow = d.floatBits(flt)
	}
	var f float64
	if bitSize == 32 {
		f32 := math.Float32frombits(uint32(bits))
		if p.neg {
			f32 = -f32
		}
		f = float64(f32)
	} else {
		f = math.Float64frombits(bits)
		if p.neg {
			f = -f
		}
	}
	if overflow {
		return f, n, rangeError(fnParseFloat, s)
	}
	return f, n, nil
}

// special recognizes a (signed) infinity or an unsigned NaN, ignoring case,
// at the start of s. For "inf" followed by something other than the rest
// of "infinity", only "inf" is consumed.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		fallthrough
	case 'i', 'I':
		k := prefixLenFold(s, "infinity")
		if 3 < k && k < 8 {
			k = 3
		}
		if k == 3 || k == 8 {
			return math.Inf(sign), nsign + k, true
		}
	case 'n', 'N':
		if prefixLenFold(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// prefixLenFold returns the length of the longest common prefix of s and
// the lower-case word, ignoring ASCII case.
func prefixLenFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}

// parsed is the result of readFloat: value = ±mant × 10**exp (or 2**exp
// for hex), where mant holds the first 19 significant decimal digits (16
// hex digits) and trunc reports nonzero digits dropped after them.
type parsed struct {
	neg   bool
	hex   bool
	mant  uint64
	exp   int
	trunc bool
}

// readFloat reads a float literal at the start of s and returns it and the
// number of bytes it spans; ok is false for malformed input.
func readFloat(s string) (p parsed, n int, ok bool) {
	i := 0
	underscores := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		p.neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	maxDigits := 19
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base, maxDigits, expChar = 16, 16, 'p'
		p.hex = true
		i += 2
	}
	sawDot, sawDigits := false, false
	nd, ndMant, dp := 0, 0, 0
loop:
	for ; i < len(s); i++ {
		c := s[i]
		var digit uint64
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawDot {
				break loop
			}
			sawDot = true
			dp = nd
			continue
		case '0' <= c && c <= '9':
			digit = uint64(c - '0')
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			digit = uint64(lower(c) - 'a' + 10)
		default:
			break loop
		}
		sawDigits = true
		if digit == 0 && nd == 0 {
			dp-- // leading zero: only moves the point
			continue
		}
		nd++
		if ndMant < maxDigits {
			p.mant = p.mant*base + digit
			ndMant++
		} else if digit != 0 {
			p.trunc = true
		}
	}
	if !sawDigits {
		return
	}
	if !sawDot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 { // saturate; the result is 0 or Inf anyway
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		return // a hex mantissa needs a 'p' exponent
	}
	if p.mant != 0 {
		p.exp = dp - ndMant
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	return p, i, true
}

// set loads the decimal literal s (already validated by readFloat) into a,
// ignoring its sign.
func (a *decimal) set(s string) {
	a.nd, a.dp, a.trunc = 0, 0, false
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i++
	}
	sawDot := false
	total := 0 // significant digits, including any that did not fit
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			sawDot = true
			a.dp = total
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		if c == '0' && total == 0 {
			a.dp--
			continue
		}
		total++
		if a.nd < len(a.d) {
			a.d[a.nd] = c
			a.nd++
		} else if c != '0' {
			a.trunc = true
		}
	}
	if !sawDot {
		a.dp = total
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		e := 0
		for ; i < len(s); i++ {
			if s[i] != '_' && e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		a.dp += e * esign
	}
	a.trim()
}

var float64pow10 = [...]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22,
}

var float32pow10 = [...]float32{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

// exactFloat converts mant × 10**exp when the significand and the power of
// ten are both exact in the target format, so that one correctly rounded
// multiplication or division gives the answer.
func exactFloat(p parsed, is32 bool) (float64, bool) {
	if is32 {
		if p.mant>>24 != 0 {
			return 0, false
		}
		f := float32(p.mant)
		if p.neg {
			f = -f
		}
		switch {
		case p.exp == 0:
			return float64(f), true
		case p.exp > 0 && p.exp <= 7+10:
			if p.exp > 10 {
				// Move surplus powers of ten into the significand while
				// it stays exact.
				f *= float32pow10[p.exp-10]
				if f > 1e7 || f < -1e7 {
					return 0, false
				}
				return float64(f * float32pow10[10]), true
			}
			return float64(f * float32pow10[p.exp]), true
		case p.exp < 0 && p.exp >= -10:
			return float64(f / float32pow10[-p.exp]), true
		}
		return 0, false
	}
	if p.mant>>53 != 0 {
		return 0, false
	}
	f := float64(p.mant)
	if p.neg {
		f = -f
	}
	switch {
	case p.exp == 0:
		return f, true
	case p.exp > 0 && p.exp <= 15+22:
		if p.exp > 22 {
			f *= float64pow10[p.exp-22]
			if f > 1e15 || f < -1e15 {
				return 0, false
			}
			return f * float64pow10[22], true
		}
		return f * float64pow10[p.exp], true
	case p.exp < 0 && p.exp >= -22:
		return f / float64pow10[-p.exp], true
	}
	return 0, false
}

// hexBits rounds mant × 2**exp (with trunc standing for nonzero bits below
// mant) to the format flt, ties to even, and returns the bits without sign.
func hexBits(mant uint64, exp int, trunc bool, flt *floatInfo) (b uint64, overflow bool) {
	if mant == 0 {
		return 0, false
	}
	mb := flt.mantbits
	// Bring mant to mb+3 bits: the significand, a rounding bit and one
	// more bit; sticky collects everything shifted out below.
	sticky := trunc
	for mant < 1<<(mb+2) {
		mant <<= 1
		exp--
	}
	for mant >= 1<<(mb+3) {
		if mant&1 != 0 {
			sticky = true
		}
		mant >>= 1
		exp++
	}
	e := exp + int(mb) + 2 // exponent of the leading bit
	if e < flt.minExp {
		sh := flt.minExp - e
		if sh >= 64 {
			if mant != 0 {
				sticky = true
			}
			mant = 0
		} else {
			if mant&(uint64(1)<<uint(sh)-1) != 0 {
				sticky = true
			}
			mant >>= uint(sh)
		}
		e = flt.minExp
	}
	low := mant & 3
	mant >>= 2
	if low&2 != 0 && (low&1 != 0 || sticky || mant&1 != 0) {
		mant++
		if mant == 1<<(mb+1) {
			mant >>= 1
			e++
		}
	}
	infBits := uint64(1)<<flt.expbits - 1
	if e > flt.maxExp {
		return infBits << mb, true
	}
	if mant&(1<<mb) == 0 {
		return mant, false // subnormal or zero
	}
	return uint64(e-flt.minExp+1)<<mb | mant&(1<<mb-1), false
}
