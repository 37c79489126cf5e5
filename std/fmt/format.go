// gocl's fmt: the low-level formatting of single values (numbers, strings,
// booleans) into the printer's buffer, honouring width, precision and flags.

package fmt

import (
	"strconv"
	"unicode/utf8"
)

// Digit tables; the 17th character is the letter used by the "0x" prefix.
const (
	digitsLower = "0123456789abcdefx"
	digitsUpper = "0123456789ABCDEFX"
)

// opts is the state parsed from one directive: width, precision and flags.
// plusV and sharpV record %+v and %#v (the plain plus and sharp bits are
// cleared for the v verb).
type opts struct {
	width    int
	prec     int
	hasWidth bool
	hasPrec  bool
	minus    bool
	plus     bool
	sharp    bool
	space    bool
	zero     bool
	plusV    bool
	sharpV   bool
}

// fill appends n padding bytes: zeros when the 0 flag is in effect (it
// only pads on the left, so not with the - flag), spaces otherwise.
func (p *printer) fill(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.o.zero && !p.o.minus {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

// putBytes appends b padded to the width (counted in runes).
func (p *printer) putBytes(b []byte) {
	if !p.o.hasWidth || p.o.width == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	n := p.o.width - utf8.RuneCount(b)
	if p.o.minus {
		p.buf = append(p.buf, b...)
		p.fill(n)
	} else {
		p.fill(n)
		p.buf = append(p.buf, b...)
	}
}

// putString is putBytes for a string.
func (p *printer) putString(s string) {
	if !p.o.hasWidth || p.o.width == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	n := p.o.width - utf8.RuneCountInString(s)
	if p.o.minus {
		p.buf = append(p.buf, s...)
		p.fill(n)
	} else {
		p.fill(n)
		p.buf = append(p.buf, s...)
	}
}

// putNoZero pads b with spaces even when the 0 flag is set.
func (p *printer) putNoZero(b []byte) {
	z := p.o.zero
	p.o.zero = false
	p.putBytes(b)
	p.o.zero = z
}

func (p *printer) fmtBoolean(v bool) {
	if v {
		p.putString("true")
	} else {
		p.putString("false")
	}
}

// fmtInt formats u in the given base. When signed, u holds the bits of an
// int64. verb is only consulted for 'O' (which always gets a 0o prefix).
func (p *printer) fmtInt(u uint64, base uint64, signed bool, verb rune, digits string) {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}

	// Minimum number of digits: the precision, or, for zero padding,
	// the width less room for a sign.
	least := 0
	if p.o.hasPrec {
		least = p.o.prec
		if least == 0 && u == 0 {
			// An explicit zero precision prints nothing for zero.
			z := p.o.zero
			p.o.zero = false
			p.fill(p.o.width)
			p.o.zero = z
			return
		}
	} else if p.o.zero && !p.o.minus && p.o.hasWidth {
		least = p.o.width
		if neg || p.o.plus || p.o.space {
			least--
		}
	}

	var tmp [64]byte
	k := len(tmp)
	switch base {
	case 10:
		for u >= 10 {
			k--
			tmp[k] = byte('0' + u%10)
			u /= 10
		}
	case 16:
		for u >= 16 {
			k--
			tmp[k] = digits[u&15]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			k--
			tmp[k] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			k--
			tmp[k] = byte('0' + u&1)
			u >>= 1
		}
	}
	k--
	tmp[k] = digits[u]
	body := tmp[k:]

	zeros := least - len(body)
	if zeros < 0 {
		zeros = 0
	}

	// Sign and prefix: at most 4 bytes (as in "-0o0" for %#O).
	var pre [4]byte
	np := 0
	switch {
	case neg:
		pre[np] = '-'
		np++
	case p.o.plus:
		pre[np] = '+'
		np++
	case p.o.space:
		pre[np] = ' '
		np++
	}
	if verb == 'O' {
		pre[np] = '0'
		pre[np+1] = 'o'
		np += 2
	}
	if p.o.sharp {
		switch base {
		case 2:
			pre[np] = '0'
			pre[np+1] = 'b'
			np += 2
		case 8:
			if zeros == 0 && body[0] != '0' {
				pre[np] = '0'
				np++
			}
		case 16:
			pre[np] = '0'
			pre[np+1] = digits[16]
			np += 2
		}
	}

	// Pad with spaces (zero padding was done through least).
	pad := 0
	if p.o.hasWidth {
		pad = p.o.width - (np + zeros + len(body))
	}
	if !p.o.minus {
		for ; pad > 0; pad-- {
			p.buf = append(p.buf, ' ')
		}
	}
	p.buf = append(p.buf, pre[:np]...)
	for ; zeros > 0; zeros-- {
		p.buf = append(p.buf, '0')
	}
	p.buf = append(p.buf, body...)
	for ; pad > 0; pad-- {
		p.buf = append(p.buf, ' ')
	}
}

// fmtHex0x formats u as hexadecimal, with a 0x prefix when withPrefix.
func (p *printer) fmtHex0x(u uint64, withPrefix bool) {
	s := p.o.sharp
	p.o.sharp = withPrefix
	p.fmtInt(u, 16, false, 'v', digitsLower)
	p.o.sharp = s
}

// fmtUnicode formats u as U+hhhh, adding the quoted character for %#U.
func (p *printer) fmtUnicode(u uint64) {
	least := 4
	if p.o.hasPrec && p.o.prec > 4 {
		least = p.o.prec
	}
	var tmp [16]byte
	k := len(tmp)
	v := u
	for v >= 16 {
		k--
		tmp[k] = digitsUpper[v&15]
		v >>= 4
	}
	k--
	tmp[k] = digitsUpper[v]
	hex := tmp[k:]

	out := make([]byte, 0, least+16)
	out = append(out, 'U', '+')
	for n := len(hex); n < least; n++ {
		out = append(out, '0')
	}
	out = append(out, hex...)
	if p.o.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	p.putNoZero(out)
}

// runeOf maps a code point given as uint64 to a rune, replacing values
// beyond the Unicode range.
func runeOf(u uint64) rune {
	if u > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(u)
}

// fmtChar formats u as the character it encodes.
func (p *printer) fmtChar(u uint64) {
	var tmp [utf8.UTFMax]byte
	p.putBytes(utf8.AppendRune(tmp[:0], runeOf(u)))
}

// fmtQuotedChar formats u as a single-quoted Go character literal.
func (p *printer) fmtQuotedChar(u uint64) {
	r := runeOf(u)
	var tmp [16]byte
	if p.o.plus {
		p.putBytes(strconv.AppendQuoteRuneToASCII(tmp[:0], r))
	} else {
		p.putBytes(strconv.AppendQuoteRune(tmp[:0], r))
	}
}

// fmtFloatAs formats v with strconv format character conv ('e', 'E', 'f',
// 'g', 'G', 'x', 'X' or 'b') and default precision prec (overridden by an
// explicit precision); size is 32 or 64.
func (p *printer) fmtFloatAs(v float64, size int, conv byte, prec int) {
	if p.o.hasPrec {
		prec = p.o.prec
	}
	// Reserve the first byte for a sign so every result has one.
	var tmp [32]byte
	num := strconv.AppendFloat(tmp[:1], v, conv, prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if p.o.space && num[0] == '+' && !p.o.plus {
		num[0] = ' '
	}

	// Infinities and NaN are never zero padded; NaN only shows a sign
	// when asked for one.
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !p.o.space && !p.o.plus {
			num = num[1:]
		}
		p.putNoZero(num)
		return
	}

	if p.o.sharp && conv != 'b' {
		num = sharpFloat(num, conv, prec)
	}

	if num[0] == '+' && !p.o.plus {
		// Positive number, no sign wanted.
		p.putBytes(num[1:])
		return
	}
	if p.o.zero && !p.o.minus && p.o.hasWidth && p.o.width > len(num) {
		// The sign goes before the padding zeros.
		p.buf = append(p.buf, num[0])
		p.fill(p.o.width - len(num))
		p.buf = append(p.buf, num[1:]...)
		return
	}
	p.putBytes(num)
}

// sharpFloat implements the # flag for floats: the result always has a
// decimal point, and for %g/%G/%v/%x the trailing zeros are kept so that
// the number shows prec significant digits (6 by default). num starts with
// a sign byte.
func sharpFloat(num []byte, conv byte, prec int) []byte {
	want := 0
	if conv == 'g' || conv == 'G' || conv == 'x' {
		want = prec
		if want == -1 {
			want = 6
		}
	}

	// Split off the exponent.
	var exp []byte
	mant := num
	for j := 1; j < len(num); j++ {
		c := num[j]
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && conv != 'x' && conv != 'X') {
			exp = append([]byte(nil), num[j:]...)
			mant = num[:j]
			break
		}
	}

	dot := false
	seen := false
	for j := 1; j < len(mant); j++ {
		c := mant[j]
		if c == '.' {
			dot = true
			continue
		}
		if c != '0' {
			seen = true
		}
		if seen {
			want--
		}
	}
	if !dot {
		if len(mant) == 2 && mant[1] == '0' {
			// A lone zero counts as one digit.
			want--
		}
		mant = append(mant, '.')
	}
	for ; want > 0; want-- {
		mant = append(mant, '0')
	}
	return append(mant, exp...)
}

// clip shortens s to at most prec runes when a precision is given.
func (p *printer) clip(s string) string {
	if !p.o.hasPrec {
		return s
	}
	n := p.o.prec
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// fmtStr formats a plain string (%s, %v).
func (p *printer) fmtStr(s string) {
	p.putString(p.clip(s))
}

// fmtHexStr formats the bytes of s in hexadecimal (%x, %X). The precision
// limits the number of bytes; the space flag separates bytes and the sharp
// flag adds 0x prefixes.
func (p *printer) fmtHexStr(s string, digits string) {
	n := len(s)
	if p.o.hasPrec && p.o.prec < n {
		n = p.o.prec
	}
	if n == 0 {
		if p.o.hasWidth {
			p.fill(p.o.width)
		}
		return
	}
	size := 2 * n
	if p.o.space {
		if p.o.sharp {
			size *= 2
		}
		size += n - 1
	} else if p.o.sharp {
		size += 2
	}
	pad := 0
	if p.o.hasWidth && p.o.width > size {
		pad = p.o.width - size
	}
	if !p.o.minus {
		p.fill(pad)
	}
	if p.o.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if i > 0 && p.o.space {
			p.buf = append(p.buf, ' ')
			if p.o.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		c := s[i]
		p.buf = append(p.buf, digits[c>>4], digits[c&15])
	}
	if p.o.minus {
		p.fill(pad)
	}
}

// fmtQuoted formats s as a Go string literal (%q), backquoted for %#q
// when possible, ASCII-only for %+q.
func (p *printer) fmtQuoted(s string) {
	s = p.clip(s)
	if p.o.sharp && strconv.CanBackquote(s) {
		p.putString("`" + s + "`")
		return
	}
	if !p.o.hasWidth {
		// Nothing to pad: quote straight into the output.
		if p.o.plus {
			p.buf = strconv.AppendQuoteToASCII(p.buf, s)
		} else {
			p.buf = strconv.AppendQuote(p.buf, s)
		}
		return
	}
	if p.o.plus {
		p.putBytes(strconv.AppendQuoteToASCII(nil, s))
	} else {
		p.putBytes(strconv.AppendQuote(nil, s))
	}
}
