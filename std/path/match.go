package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern. The pattern
// syntax is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring. The
// only possible returned error is ErrBadPattern, when pattern is
// malformed (go1.27 reports it whatever name is).
func Match(pattern, name string) (matched bool, err error) {
	if !validPattern(pattern) {
		return false, ErrBadPattern
	}
	return matchValid(pattern, name), nil
}

// validPattern reports whether Match accepts pattern.
func validPattern(pattern string) bool {
	for len(pattern) > 0 {
		_, chunk, rest := nextChunk(pattern)
		pattern = rest
		if !validChunk(chunk) {
			return false
		}
	}
	return true
}

// matchValid matches name against a pattern known to be well formed.
func matchValid(pattern, name string) bool {
	for len(pattern) > 0 {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		last := len(pattern) == 0
		if star && chunk == "" {
			// a trailing star takes the rest of name if it has no '/'
			return lastSlash(name) < 0
		}
		// Chunks have a fixed length, so the leftmost place where a
		// chunk matches is always the best one. The first chunk must
		// match at the start; after a star it may start later, but the
		// star cannot swallow a '/'. The last chunk must end the name.
		matched := false
		for i := 0; i <= len(name); i++ {
			if rem, ok := matchChunk(chunk, name[i:]); ok && (!last || rem == "") {
				name = rem
				matched = true
				break
			}
			if !star || i == len(name) || name[i] == '/' {
				break
			}
		}
		if !matched {
			return false
		}
	}
	return name == ""
}

// nextChunk splits off the leading stars of pattern (star reports
// whether there were any) and the following run of non-star terms.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
			continue
		}
		if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// classChar reads one character of a character class (a plain character
// or an escaped one) at the start of s and returns it with the rest of s;
// ok is false when the class is malformed there.
func classChar(s string) (r rune, rest string, ok bool) {
	if s == "" || s[0] == '-' || s[0] == ']' {
		return 0, "", false
	}
	if s[0] == '\\' {
		s = s[1:]
		if s == "" {
			return 0, "", false
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 {
		return 0, "", false
	}
	s = s[n:]
	if s == "" {
		return 0, "", false
	}
	return r, s, true
}

// validChunk reports whether chunk is made of well-formed terms.
func validChunk(chunk string) bool {
	for len(chunk) > 0 {
		switch chunk[0] {
		case '[':
			_, rest, ok := scanClass(chunk[1:], 0, false)
			if !ok {
				return false
			}
			chunk = rest
		case '\\':
			if len(chunk) < 2 {
				return false
			}
			chunk = chunk[2:]
		default:
			chunk = chunk[1:]
		}
	}
	return true
}

// scanClass parses the character class after its '[' at the start of s,
// reporting whether r is in it when test is set, and returns the rest of
// s after the closing ']'.
func scanClass(s string, r rune, test bool) (in bool, rest string, ok bool) {
	negated := false
	if len(s) > 0 && s[0] == '^' {
		negated = true
		s = s[1:]
	}
	ranges := 0
	for {
		if len(s) > 0 && s[0] == ']' && ranges > 0 {
			s = s[1:]
			break
		}
		var lo, hi rune
		lo, s, ok = classChar(s)
		if !ok {
			return false, "", false
		}
		hi = lo
		if s[0] == '-' {
			hi, s, ok = classChar(s[1:])
			if !ok {
				return false, "", false
			}
		}
		if test && lo <= r && r <= hi {
			in = true
		}
		ranges++
	}
	return in != negated, s, true
}

// matchChunk matches the well-formed chunk against the start of s and
// returns the rest of s.
func matchChunk(chunk, s string) (rest string, ok bool) {
	for len(chunk) > 0 {
		switch chunk[0] {
		case '[':
			if s == "" {
				return "", false
			}
			r, n := utf8.DecodeRuneInString(s)
			in, crest, _ := scanClass(chunk[1:], r, true)
			if !in {
				return "", false
			}
			s = s[n:]
			chunk = crest
		case '?':
			if s == "" || s[0] == '/' {
				return "", false
			}
			_, n := utf8.DecodeRuneInString(s)
			s = s[n:]
			chunk = chunk[1:]
		case '\\':
			if s == "" || s[0] != chunk[1] {
				return "", false
			}
			s = s[1:]
			chunk = chunk[2:]
		default:
			if s == "" || s[0] != chunk[0] {
				return "", false
			}
			s = s[1:]
			chunk = chunk[1:]
		}
	}
	return s, true
}
