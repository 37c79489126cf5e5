// Benchmark: string building with +=, slicing, indexing, comparisons and
// range over strings.

package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

// build concatenates the decimal forms of 0..n-1, separated by commas.
func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += itoa(i) + ","
	}
	return s
}

// countRunes ranges over s and counts runes and digits.
func countRunes(s string) (runes, digits int) {
	for _, r := range s {
		runes++
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return
}

// minMax finds the smallest and largest comma-separated field by string
// comparison.
func minMax(s string) (lo, hi string) {
	start := 0
	first := true
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		f := s[start:i]
		start = i + 1
		if first || f < lo {
			lo = f
		}
		if first || f > hi {
			hi = f
		}
		first = false
	}
	return
}

// equalPairs compares many substrings for equality.
func equalPairs(s string, width int) int {
	n := 0
	for i := 0; i+2*width <= len(s); i += 7 {
		if s[i:i+width] == s[i+width:i+2*width] {
			n++
		}
	}
	return n
}

func main() {
	total := 0
	var lo, hi string
	for round := 0; round < 3; round++ {
		s := build(24000 + round)
		r, d := countRunes(s)
		lo, hi = minMax(s)
		total += r + d + equalPairs(s, 3)
	}
	println("total", total, "min", lo, "max", hi)
	word := "héllo, wörld "
	acc := ""
	for i := 0; i < 2000; i++ {
		acc += word[i%5:]
	}
	r, _ := countRunes(acc)
	println("runes", r, "len", len(acc))
}
