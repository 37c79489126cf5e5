// Package unicode is gocl's implementation of Go's unicode package: data
// and functions to test properties of Unicode code points.
//
// The tables in tables.go are generated from Go's own unicode package by a
// program outside the repository (see std/README.md); they hold the same
// sets, encoded as gocl's own stride ranges.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower as a Delta marks a range of alternating upper and lower case
// letters, starting with an upper case one. It cannot be a real delta.
const UpperLower = MaxRune + 1

// RangeTable defines a set of code points by listing their ranges, sorted
// and non-overlapping, 16-bit ones in R16 and the rest in R32. LatinOffset
// is the number of R16 entries with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 represents the code points Lo, Lo+Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents the code points Lo, Lo+Stride, ... up to Hi.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange maps the code points Lo..Hi to other cases by adding the
// Delta for UpperCase, LowerCase or TitleCase (or see UpperLower).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase represents language-specific case mappings such as Turkish.
// Its methods fall back to the standard mappings.
type SpecialCase []CaseRange

// TurkishCase and AzeriCase are the Turkish and Azeri case mappings.
var (
	TurkishCase SpecialCase = turkishCase
	AzeriCase   SpecialCase = turkishCase
)

// CaseRanges is the table describing case mappings for all letters with
// non-self mappings.
var CaseRanges = caseRanges

// Category tables under their conventional names.
var (
	Cc     = cat_Cc // control
	Cf     = cat_Cf // format
	Cn     = cat_Cn // not assigned
	Co     = cat_Co // private use
	Cs     = cat_Cs // surrogate
	Digit  = cat_Nd // decimal digits
	Nd     = cat_Nd
	LC     = cat_LC // cased letters: Ll | Lt | Lu
	Letter = cat_L
	L      = cat_L
	Lm     = cat_Lm
	Lo     = cat_Lo
	Lower  = cat_Ll
	Ll     = cat_Ll
	Mark   = cat_M
	M      = cat_M
	Mc     = cat_Mc
	Me     = cat_Me
	Mn     = cat_Mn
	Nl     = cat_Nl
	No     = cat_No
	Number = cat_N
	N      = cat_N
	Other  = cat_C
	C      = cat_C
	Pc     = cat_Pc
	Pd     = cat_Pd
	Pe     = cat_Pe
	Pf     = cat_Pf
	Pi     = cat_Pi
	Po     = cat_Po
	Ps     = cat_Ps
	Punct  = cat_P
	P      = cat_P
	Sc     = cat_Sc
	Sk     = cat_Sk
	Sm     = cat_Sm
	So     = cat_So
	Space  = cat_Z
	Z      = cat_Z
	Symbol = cat_S
	S      = cat_S
	Title  = cat_Lt
	Lt     = cat_Lt
	Upper  = cat_Lu
	Lu     = cat_Lu
	Zl     = cat_Zl
	Zp     = cat_Zp
	Zs     = cat_Zs
)

// GraphicRanges defines the set of graphic characters (see IsGraphic).
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters (see IsPrint).
var PrintRanges = []*RangeTable{L, M, N, P, S}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// is16 finds the first range ending at or after r by binary search and
// checks r against it.
func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ranges[m].Hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(ranges) {
		return false
	}
	g := ranges[lo]
	return g.Lo <= r && (g.Stride == 1 || (r-g.Lo)%g.Stride == 0)
}

func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ranges[m].Hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(ranges) {
		return false
	}
	g := ranges[lo]
	return g.Lo <= r && (g.Stride == 1 || (r-g.Lo)%g.Stride == 0)
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// In should be preferred.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// Bits of the latin1 table.
const (
	pControl = 1 << iota
	pDigit
	pGraphic
	pLetter
	pLower
	pMark
	pNumber
	pPrint
	pPunct
	pSpace
	pSymbol
	pTitle
	pUpper
)

// IsGraphic reports whether the rune is a graphic character: a letter,
// mark, number, punctuation, symbol or space (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pGraphic != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether the rune is printable: categories L, M, N, P, S
// and the ASCII space, but no other spaces.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pPrint != 0
	}
	return In(r, PrintRanges...)
}

// IsControl reports whether the rune is a control character. Only Latin-1
// code points count; use Is(C, r) for other such points.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pControl != 0
	}
	return false
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pLetter != 0
	}
	return Is(Letter, r)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool {
	// There are no marks in Latin-1.
	return Is(Mark, r)
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pNumber != 0
	}
	return Is(Number, r)
}

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

// IsPunct reports whether the rune is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pPunct != 0
	}
	return Is(Punct, r)
}

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pSymbol != 0
	}
	return Is(Symbol, r)
}

// IsSpace reports whether the rune is white space as defined by Unicode's
// White_Space property; in Latin-1 that is '\t', '\n', '\v', '\f', '\r',
// ' ', U+0085 (NEL) and U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pUpper != 0
	}
	return Is(Upper, r)
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1[uint8(r)]&pLower != 0
	}
	return Is(Lower, r)
}

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}

// to maps r to the given case using caseRange; found reports whether r
// lies in one of the ranges.
func to(_case int, r rune, caseRange []CaseRange) (mapped rune, found bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating sequence: even offsets are upper case, odd
				// offsets lower case. UpperCase and TitleCase are even and
				// LowerCase is odd, so the case's low bit picks the member.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// To maps the rune to the specified case: UpperCase, LowerCase or TitleCase.
func To(_case int, r rune) rune {
	r, _ = to(_case, r, CaseRanges)
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps the rune to upper case giving priority to the special mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, found := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, found := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, found := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToLower(r)
	}
	return r1
}

type foldPair struct {
	From uint32
	To   uint32
}

// SimpleFold iterates over the runes equivalent to r under Unicode simple
// case folding: it returns the smallest such rune greater than r, or, if
// there is none, the smallest one overall. Invalid runes are returned
// unchanged. For example SimpleFold('A') = 'a', SimpleFold('a') = 'A',
// SimpleFold('K') = 'k', SimpleFold('k') = '\u212A' (Kelvin sign),
// SimpleFold('\u212A') = 'K'.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r < 'A' || 'z' < r && r < 0xB5 {
		return r // no case folding below 'A' or between 'z' and µ
	}
	// Orbits of more than two runes are listed explicitly.
	lo, hi := 0, len(foldExceptions)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(foldExceptions[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(foldExceptions) && rune(foldExceptions[lo].From) == r {
		return rune(foldExceptions[lo].To)
	}
	// Otherwise the orbit is r with its lower or upper case form.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
