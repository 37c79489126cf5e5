// run

// String slicing with variable bounds, all forms s[i], s[i:], s[:j],
// s[i:j], slices of slices, and byte values of multi-byte strings.

package main

func fields(s string) {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				println("field:", s[start:i], "at", start)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
}

func trim(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] == ' ' {
		i++
	}
	for j > i && s[j-1] == ' ' {
		j--
	}
	return s[i:j]
}

func isPalindrome(s string) bool {
	for len(s) > 1 {
		if s[0] != s[len(s)-1] {
			return false
		}
		s = s[1 : len(s)-1]
	}
	return true
}

func main() {
	s := "The quick brown fox"
	for i := 0; i <= len(s); i += 4 {
		println(i, s[i:], "|", s[:i])
	}
	fields("  alpha beta   gamma delta ")
	println("["+trim("   padded  ")+"]", "["+trim("    ")+"]", "["+trim("x")+"]")
	println(isPalindrome("racecar"), isPalindrome("abca"), isPalindrome(""), isPalindrome("a"))

	// slices of slices
	a := s[4:]
	b := a[6:]
	c := b[:5]
	println(a, "/", b, "/", c, len(c))
	// empty slices at every position
	n := 0
	for i := 0; i <= len(c); i++ {
		n += len(c[i:i])
	}
	println("empty total", n)

	// byte-level slicing of UTF-8
	u := "aé世"
	for i := 0; i < len(u); i++ {
		println(i, u[i], len(u[i:]))
	}
	println(u[1:3] == "é", u[3:] == "世")

	// index expressions with computed indices
	digits := "0123456789"
	num := 90210
	out := ""
	for num > 0 {
		out = digits[num%10:num%10+1] + out
		num /= 10
	}
	println(out)
	var k uint8 = 3
	var l int64 = 7
	println(digits[k], digits[k:l], digits[l:])
	// constant string indexing yields a byte
	const hello = "hello"
	println(hello[1], hello[1:3], len(hello[2:]))
}
