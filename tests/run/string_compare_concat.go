// run

// String comparison and concatenation: lexicographic byte order,
// prefixes, empty strings, comparisons of substrings, concatenation in
// loops (quadratic building), += on map values and struct fields,
// multi-operand concatenation and strings built from slices.

package main

type Doc struct{ body string }

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	pairs := [][2]string{
		{"a", "b"}, {"b", "a"}, {"abc", "abd"}, {"ab", "abc"}, {"", "a"},
		{"", ""}, {"Z", "a"}, {"é", "f"}, {"abc", "abc"}, {"\x00", ""},
	}
	for _, p := range pairs {
		a, b := p[0], p[1]
		println(a < b, a <= b, a > b, a >= b, a == b, a != b)
	}

	s := "hello world"
	println(s[:5] == "hello", s[6:] > s[:5], s[0:0] == "", s[3:4] == "l")

	r := repeat("ab", 5)
	println(r, len(r))
	big := repeat("x", 10000)
	println(len(big), big[9999] == 'x')

	x := "a" + "b" + s[0:1] + string(s[1]) + "" + r[:2]
	println(x)

	m := map[string]string{}
	for _, w := range []string{"one", "two", "three"} {
		m["all"] += w + ";"
	}
	println(m["all"])

	var d Doc
	d.body += "line1\n"
	d.body += "line2"
	println(len(d.body), d.body[6:])

	// concatenation does not alias operands
	base := "base"
	c1 := base + "1"
	c2 := base + "2"
	base += "!"
	println(c1, c2, base)

	// join by hand
	parts := []string{"usr", "local", "bin"}
	path := ""
	for _, p := range parts {
		path += "/" + p
	}
	println(path)

	// compare strings with embedded NULs and high bytes
	println("a\x00b" < "a\x00c", "\xff" > "\x7f", len("a\x00b"))

	// min/max over strings
	println(min("pear", "apple", "fig"), max("pear", "apple", "fig"))

	// sorting strings with insertion sort
	names := []string{"bob", "Alice", "carol", "alice", "Bob", ""}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	for _, n := range names {
		print("[", n, "]")
	}
	println()
}
