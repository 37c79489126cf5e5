// run

// Conversions between strings, []rune and []byte: round trips, invalid
// bytes becoming U+FFFD in []rune, string(rune) for valid/invalid code
// points, string of byte slices being copies, modifying []byte copies,
// and conversions of named byte/rune slice types.

package main

type Bytes []byte
type Runes []rune
type MyRune rune

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	println(len(s), len(b), len(r))
	println(string(b) == s, string(r) == s)

	b[0] = 'H'
	println(s[0], string(b[:6]))
	r[7] = '地'
	println(string(r))

	// invalid bytes
	bad := "a\xffb\xe6\x97"
	br := []rune(bad)
	println(len(bad), len(br), br[1], br[3])
	println(len(string(br)))

	// string(rune) conversions
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD")
	println(string(rune(0xD800)) == "\uFFFD", len(string(rune(0x10FFFF))))
	var mr MyRune = 'Z'
	println(string(mr), string(rune(mr)+1))

	// byte conversions
	var by byte = 'q'
	println(string(by), string(rune(by)))
	println(string([]byte{}) == "", string([]rune(nil)) == "", len([]byte("")), len([]rune("")))

	// named slice types
	nb := Bytes("xyz")
	nr := Runes("ünï")
	println(len(nb), len(nr), string(nb), string(nr))

	// []byte conversion is a copy
	src := []byte("copy")
	str := string(src)
	src[0] = 'C'
	println(str, string(src))

	// building strings with append
	var buf []byte
	for i := 0; i < 5; i++ {
		buf = append(buf, byte('a'+i))
	}
	buf = append(buf, "-end"...)
	println(string(buf))
	var rb []rune
	for _, c := range "abc" {
		rb = append(rb, c-32)
	}
	rb = append(rb, '✓')
	println(string(rb), len(string(rb)))

	// reverse by runes
	rs := []rune("Hello, 世界")
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	println(string(rs))

	// compare byte-wise vs rune-wise
	a1, a2 := "é", "z"
	println(a1 > a2, []rune(a1)[0] > []rune(a2)[0])

	// conversion of integer to string via rune only
	digits := ""
	for d := 0; d < 10; d++ {
		digits += string(rune('0' + d))
	}
	println(digits)
}
