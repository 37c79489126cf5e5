// run

// Counting words with a map: splitting text by hand, lowercasing,
// counting, then printing the counts sorted by count descending and word
// ascending, plus the distinct-letter histogram and a map used as a set
// for intersection and union.

package main

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		isLetter := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] == '\'')
		if isLetter && start < 0 {
			start = i
		} else if !isLetter && start >= 0 {
			out = append(out, lower(s[start:i]))
			start = -1
		}
	}
	return out
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

type wc struct {
	w string
	n int
}

func less(a, b wc) bool {
	if a.n != b.n {
		return a.n > b.n
	}
	return a.w < b.w
}

func main() {
	text := `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox doesn't. A fox, a dog, THE END. Quick quick!`
	counts := map[string]int{}
	ws := words(text)
	for _, w := range ws {
		counts[w]++
	}
	println(len(ws), len(counts))

	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && less(list[j], list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	for _, e := range list {
		println(e.w, e.n)
	}

	letters := map[byte]bool{}
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		if c >= 'a' && c <= 'z' {
			letters[c] = true
		}
	}
	missing := ""
	for c := byte('a'); c <= 'z'; c++ {
		if !letters[c] {
			missing += string(c)
		}
	}
	println(len(letters), missing)

	set := func(xs ...string) map[string]struct{} {
		m := map[string]struct{}{}
		for _, x := range xs {
			m[x] = struct{}{}
		}
		return m
	}
	a := set("x", "y", "z", "w")
	b := set("y", "w", "q")
	inter, union := 0, len(a)
	for k := range b {
		if _, ok := a[k]; ok {
			inter++
		} else {
			union++
		}
	}
	println(inter, union)
}
