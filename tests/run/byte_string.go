// run

// Strings as sequences of bytes: indexing gives bytes, building strings
// byte by byte, Caesar cipher, counting characters.

package main

func rot13(s string) string {
	out := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			c = 'A' + (c-'A'+13)%26
		}
		out += string(rune(c))
	}
	return out
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func checksum(s string) uint8 {
	var sum uint8
	for i := 0; i < len(s); i++ {
		sum += s[i]
	}
	return sum
}

func hexByte(b byte) string {
	const digits = "0123456789ABCDEF"
	return digits[b>>4:b>>4+1] + digits[b&15:b&15+1]
}

func main() {
	s := "Hello, World!"
	println(rot13(s))
	println(rot13(rot13(s)))
	println(count(s, 'l'), count(s, 'z'), count("", 'a'))
	println(checksum(s), checksum("\xff\x01"))
	hex := ""
	for i := 0; i < len(s); i++ {
		hex += hexByte(s[i])
	}
	println(hex)
	u := "€uro"
	for i := 0; i < len(u); i++ {
		print(hexByte(u[i]), " ")
	}
	println()
	var b byte = s[0]
	b += 32
	println(b, string(rune(b)))
	// byte comparisons
	println(s[0] < s[1], s[7] == 'W', s[len(s)-1] == '!')
	// indexing a string constant with a variable
	const alphabet = "abcdefghijklmnopqrstuvwxyz"
	word := ""
	for _, i := range "hidden" {
		word += alphabet[i-'a'+1 : i-'a'+2]
	}
	println(word)
	// string from bytes including zero byte
	z := string(rune(0)) + "x"
	println(len(z), z[0], z[1])
}
