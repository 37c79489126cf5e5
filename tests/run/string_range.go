// run

// Ranging over strings decodes UTF-8: byte offsets and runes, invalid
// sequences yield U+FFFD with width 1.

package main

func countRunes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	for i, r := range "héllo" {
		println(i, r, string(r))
	}
	for i := range "日本語" {
		println("idx", i)
	}
	s := "a\u00e9\u4e16\U0001F600z"
	for i, r := range s {
		println(i, r)
	}
	println(countRunes(s), len(s))
	println(countRunes(""), countRunes("abc"))

	// invalid UTF-8
	bad := "a\xffb\xc3(c\xe2\x82"
	for i, r := range bad {
		println(i, r, r == '\uFFFD')
	}
	println(countRunes(bad))

	// overlong encoding and surrogate halves are invalid too
	for i, r := range "\xc0\x80\xed\xa0\x80" {
		println("inv", i, r)
	}
	// maximum code point and beyond
	for i, r := range "\xf4\x8f\xbf\xbf\xf4\x90\x80\x80" {
		println("max", i, r)
	}

	// the string expression is evaluated once
	str := "xyz"
	for i, r := range str {
		str = "changed"
		println(i, string(r))
	}
	println(str)

	// assigning to existing variables
	var pos int
	var ch rune
	for pos, ch = range "ab" {
	}
	println(pos, ch)

	// break and continue inside string range
	total := 0
	for _, r := range "a1b2c3d4" {
		if r >= 'a' {
			continue
		}
		if r == '4' {
			break
		}
		total += int(r - '0')
	}
	println(total)
}
