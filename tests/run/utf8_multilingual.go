// run

// unicode/utf8 and unicode on multilingual text: RuneCountInString vs len,
// DecodeRuneInString/DecodeLastRuneInString, EncodeRune, RuneLen, ValidString
// on broken input, range over strings with invalid bytes, rune/byte slices,
// unicode classes (IsLetter, IsUpper, IsDigit, IsSpace, IsPunct, Han).

package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func classify(r rune) string {
	switch {
	case unicode.Is(unicode.Han, r):
		return "han"
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsLetter(r):
		return "letter"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.IsSymbol(r):
		return "symbol"
	}
	return "other"
}

func main() {
	texts := []string{"hello", "héllo wörld", "日本語テキスト", "Привет, мир!", "🙂👍🏽", "مرحبا", "e\u0301", ""}
	for _, t := range texts {
		fmt.Printf("%-22q len=%2d runes=%2d valid=%t rev=%q\n", t, len(t), utf8.RuneCountInString(t), utf8.ValidString(t), reverse(t))
	}
	s := "aé日🙂"
	for i, r := range s {
		fmt.Printf("%d:%c(%U,len %d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c/%d ", r, size)
		s = s[:len(s)-size]
	}
	fmt.Println()

	bad := "ok\xffmid\xe6\x97end\xc0"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad), len(bad))
	for i, r := range bad {
		if r == utf8.RuneError {
			fmt.Printf("[bad@%d]", i)
		} else {
			fmt.Printf("%c", r)
		}
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("\xe6\x97")
	fmt.Println(r == utf8.RuneError, size, string(r), []byte(string(r)))
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)

	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'ß', '€', '𝄞', -1, 0x10FFFF, 0xD800} {
		var tmp [4]byte
		n := utf8.EncodeRune(tmp[:], r)
		buf = append(buf, tmp[:n]...)
		fmt.Printf("%U->% x (valid=%t) ", r, tmp[:n], utf8.ValidRune(r))
	}
	fmt.Println()
	fmt.Println(len(buf), utf8.RuneCount(buf), utf8.Valid(buf), utf8.FullRune([]byte{0xe2, 0x82}))
	buf = utf8.AppendRune(buf[:0], '世')
	fmt.Printf("%q %v\n", buf, utf8.RuneStart(buf[1]))

	counts := map[string]int{}
	for _, r := range "Hello, 世界! 123 Ωmega — ¿qué? $5+€3" {
		counts[classify(r)]++
	}
	fmt.Println(counts)
	fmt.Println(string(unicode.ToUpper('ä')), string(unicode.ToLower('Ω')), string(unicode.ToTitle('ǆ')), unicode.SimpleFold('k'))
	runes := []rune("añb")
	bytes := []byte("añb")
	fmt.Println(runes, bytes, len(runes), len(bytes), string(runes[1]), string(bytes[1:3]))
	fmt.Printf("%q %q %q\n", string(rune(65)), string(rune(-1)), string([]rune{0x1F600, 'x'}))
	n := 0
	for range "ab\xffc" {
		n++
	}
	fmt.Println("range iterations:", n)
}
