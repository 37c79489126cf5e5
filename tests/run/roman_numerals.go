// run

// Roman numeral conversion both ways with validation: table-driven
// encoding with a slice of structs, decoding with a rune-value map and
// subtractive notation, canonical-form checking by re-encoding, error
// values for invalid input, and a round trip over 1..3999.

package main

import (
	"errors"
	"fmt"
	"strings"
)

var table = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var values = map[rune]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

var ErrRange = errors.New("out of range")

type SyntaxError struct {
	Input string
	Pos   int
	Why   string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("roman %q: %s at position %d", e.Input, e.Why, e.Pos)
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, e := range table {
		for n >= e.val {
			sb.WriteString(e.sym)
			n -= e.val
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) (int, error) {
	if s == "" {
		return 0, &SyntaxError{s, 0, "empty"}
	}
	total := 0
	rs := []rune(strings.ToUpper(s))
	for i, r := range rs {
		v, ok := values[r]
		if !ok {
			return 0, &SyntaxError{s, i, fmt.Sprintf("bad symbol %q", r)}
		}
		if i+1 < len(rs) && v < values[rs[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	canon, err := ToRoman(total)
	if err != nil {
		return 0, err
	}
	if canon != strings.ToUpper(s) {
		return total, &SyntaxError{s, 0, "non-canonical (want " + canon + ")"}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -5} {
		r, err := ToRoman(n)
		fmt.Printf("%5d -> %-12q err=%v range=%t\n", n, r, err, errors.Is(err, ErrRange))
	}
	for _, s := range []string{"MCMXCIV", "mmxxiv", "IIII", "IC", "XLII", "ABC", "", "MMMM", "VX", "CDXLIV"} {
		n, err := FromRoman(s)
		var se *SyntaxError
		isSyntax := false
		if e, ok := err.(*SyntaxError); ok {
			se, isSyntax = e, true
		}
		fmt.Printf("%-9q -> %4d err=%v", s, n, err)
		if isSyntax {
			fmt.Printf(" [pos %d]", se.Pos)
		}
		fmt.Println()
	}
	bad, maxLen, longest := 0, 0, 0
	lenHist := map[int]int{}
	for i := 1; i < 4000; i++ {
		r, _ := ToRoman(i)
		back, err := FromRoman(r)
		if err != nil || back != i {
			bad++
		}
		lenHist[len(r)]++
		if len(r) > maxLen {
			maxLen, longest = len(r), i
		}
	}
	r, _ := ToRoman(longest)
	fmt.Println("bad:", bad, "longest:", longest, r, maxLen)
	fmt.Println(lenHist)
}
