// run

// String concatenation, comparison, indexing, slicing and len.

package main

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func reverse(s string) string {
	r := ""
	for i := len(s) - 1; i >= 0; i-- {
		r += s[i : i+1]
	}
	return r
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func toUpper(s string) string {
	r := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		r += string(rune(c))
	}
	return r
}

func main() {
	s := "hello"
	t := s + ", " + "world"
	println(t, len(t))
	println(s[0], s[4], t[len(t)-1])
	println(s[1:3], s[:2], s[3:], s[:], s[5:], len(s[5:]))
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	println(reverse("stressed"), reverse(""))
	println(contains(t, "o, w"), contains(t, "xyz"), contains("", ""))
	println(index(t, 'w'), index(t, 'z'))
	println(toUpper(t))

	u := s
	u += "!"
	println(s, u)

	// string bytes are immutable values; slicing shares nothing observable
	sub := t[7:]
	t = "changed"
	println(sub, t)

	// empty strings
	var e string
	println(e == "", len(e), e+e == "")
	println("a"+e+"b", len("a"+e+"b"))

	// multi-byte
	m := "héllo, 世界"
	println(len(m), m[1], m[2], m[1:3])
	println(m[len(m)-3:])

	// building with a loop
	num := ""
	for i := 0; i < 10; i++ {
		num += string(rune('0' + i))
	}
	println(num, num[3:7])
	// raw strings and escapes
	raw := `a\nb`
	esc := "a\nb\t\"q\"\\"
	println(raw, len(raw), len(esc))
	println(esc)
	println("\x41\u00e9\U0001F600", len("\U0001F600"))
}
