// run

// Conversions between runes, bytes, integers and strings.

package main

func hexDigit(n int) string {
	return string(rune("0123456789abcdef"[n]))
}

func hex(n uint32) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = hexDigit(int(n%16)) + s
		n /= 16
	}
	return s
}

func main() {
	println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	println(len(string(rune(0x7f))), len(string(rune(0x80))), len(string(rune(0x800))), len(string(rune(0x10000))))
	var neg rune = -1
	println(string(neg), len(string(neg)))
	var sur rune = 0xD800
	println(string(sur) == "\uFFFD")
	var tooBig rune = 0x110000
	println(string(tooBig) == "\uFFFD")
	var b byte = 'z'
	println(string(rune(b)), string(rune(b-25)))
	var i64 int64 = 0x263A
	println(string(rune(i64)))
	var u uint32 = 0x10FFFF
	s := string(rune(u))
	println(len(s), s[0], s[1], s[2], s[3])

	// round trip through range
	for _, r := range "Añ€😀" {
		println(r, hex(uint32(r)), string(r), len(string(r)))
	}

	// rune arithmetic
	r := 'a'
	r += 2
	println(r, string(r))
	var upper string
	for c := 'a'; c <= 'z'; c += 5 {
		upper += string(c - 32)
	}
	println(upper)
	println('\n', '\'', '\\', '\x7f', '\u00e9', '\U0001F600')
	const rc = '€'
	println(rc, string(rune(rc)))
	var k int = 0x1F4A9
	println(string(rune(k)))
}
