// run

// The strings package on realistic inputs: Fields, Split/SplitN/SplitAfter,
// Join, Replace/ReplaceAll, NewReplacer, TrimFunc/TrimLeft/TrimPrefix/
// TrimSuffix/TrimSpace, Map (dropping runes), EqualFold, Index*/Contains*,
// Count, Repeat, Cut, HasPrefix, ToUpper/ToLower, Compare and Builder.

package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	line := "  alpha  beta\tgamma\n delta   "
	fmt.Printf("%q\n", strings.Fields(line))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("k=v=w=x", "=", 2))
	fmt.Printf("%q\n", strings.SplitAfter("1;2;3", ";"))
	fmt.Printf("%q %q\n", strings.Split("abc", ""), strings.Split("", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, " | "), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))

	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.Replace("abc", "", "-", -1))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">hi</a>"))

	trimmed := strings.TrimFunc("123abc456def789", unicode.IsDigit)
	fmt.Println(trimmed, strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("--==hi==--", "-="))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(line), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.TrimPrefix("body", "x"), strings.TrimLeftFunc("  \t x ", unicode.IsSpace)+"|")

	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	enc := strings.Map(rot13, "Hello, World! Gophers")
	fmt.Println(enc, strings.Map(rot13, enc))
	noVowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}, "Programming Language")
	fmt.Println(noVowels)

	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("k", "\u212a"))
	s := "the cat sat on the mat with the hat"
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "dog"), strings.IndexByte(s, 'm'), strings.IndexAny(s, "xyzo"), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.Contains(s, "sat"), strings.ContainsAny(s, "qz"), strings.Count(s, "the"), strings.Count("five", ""), strings.HasPrefix(s, "the "), strings.HasSuffix(s, "hat"))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("hello", 'l'))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("nouser", "@")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.ToUpper("mixed Case ß é"), strings.ToLower("ÀÉÎ MIXED"), strings.ToUpper("") == "")
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "", strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))

	var b strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d^2=%d", i, i*i)
	}
	b.WriteByte('!')
	b.WriteRune('→')
	b.WriteRune('✓')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	csv := "name,age,city\nann,30,oslo\nbob,25,rome\n"
	for i, row := range strings.Split(strings.TrimSuffix(csv, "\n"), "\n") {
		cols := strings.Split(row, ",")
		for j := range cols {
			cols[j] = strings.ToUpper(cols[j][:1]) + cols[j][1:]
		}
		fmt.Printf("%d: %-20s|%d\n", i, strings.Join(cols, "/"), len(cols))
	}
	fmt.Println(strings.ContainsFunc("abc", unicode.IsUpper), strings.Fields("   ") == nil, len(strings.Fields("   ")))
}
