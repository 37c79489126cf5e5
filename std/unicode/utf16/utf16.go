// Package utf16 implements encoding and decoding of UTF-16 sequences.
//
// Written for gocl from the package documentation.
package utf16

const (
	replacementChar = '\uFFFD'     // Unicode replacement character
	maxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
)

const (
	// 0xd800-0xdc00 encodes the high 10 bits of a pair, 0xdc00-0xe000 the
	// low 10 bits; the pair's value is 0x10000 plus those 20 bits.
	surr1    = 0xd800
	surr2    = 0xdc00
	surr3    = 0xe000
	surrSelf = 0x10000
)

// IsSurrogate reports whether the specified Unicode code point can appear
// in a surrogate pair.
func IsSurrogate(r rune) bool {
	return surr1 <= r && r < surr3
}

// DecodeRune returns the UTF-16 decoding of a surrogate pair. If the pair
// is not a valid UTF-16 surrogate pair, DecodeRune returns the Unicode
// replacement code point U+FFFD.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the UTF-16 surrogate pair r1, r2 for the given rune.
// If the rune is not a valid Unicode code point or does not need
// encoding, EncodeRune returns U+FFFD, U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// RuneLen returns the number of 16-bit words in the UTF-16 encoding of
// the rune. It returns -1 if the rune is not a valid value to encode in
// UTF-16.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return 1
	case surrSelf <= r && r <= maxRune:
		return 2
	default:
		return -1
	}
}

// Encode returns the UTF-16 encoding of the Unicode code point sequence s.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, v := range s {
		if v >= surrSelf {
			n++
		}
	}
	a := make([]uint16, n)
	n = 0
	for _, v := range s {
		switch RuneLen(v) {
		case 1:
			a[n] = uint16(v)
			n++
		case 2:
			r1, r2 := EncodeRune(v)
			a[n] = uint16(r1)
			a[n+1] = uint16(r2)
			n += 2
		default:
			a[n] = uint16(replacementChar)
			n++
		}
	}
	return a[:n]
}

// AppendRune appends the UTF-16 encoding of the Unicode code point r to
// the end of p and returns the extended buffer. If the rune is not a
// valid Unicode code point, it appends the encoding of U+FFFD.
func AppendRune(a []uint16, r rune) []uint16 {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return append(a, uint16(r))
	case surrSelf <= r && r <= maxRune:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacementChar)
}

// Decode returns the Unicode code point sequence represented by the
// UTF-16 encoding s.
func Decode(s []uint16) []rune {
	// Each word gives at most one rune; like go, start with room for 64
	// runes (so short results have capacity 64) and let append grow it.
	buf := make([]rune, 0, 64)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < surr1, surr3 <= c:
			buf = append(buf, rune(c))
		case c < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3:
			buf = append(buf, DecodeRune(rune(c), rune(s[i+1])))
			i++
		default:
			buf = append(buf, replacementChar)
		}
	}
	return buf
}
