// run

// Manual string processing without packages: itoa/atoi, splitting and
// joining, trimming, searching substrings, case conversion, replacing,
// and palindrome checks over runes.

package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := s[0] == '-'
	if neg || s[0] == '+' {
		s = s[1:]
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func split(s, sep string) []string {
	var out []string
	for {
		i := index(s, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func trim(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n') {
		s = s[:len(s)-1]
	}
	return s
}

func replaceAll(s, old, new string) string {
	parts := split(s, old)
	out := parts[0]
	for _, p := range parts[1:] {
		out += new + p
	}
	return out
}

func isPalindrome(s string) bool {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func main() {
	for _, n := range []int{0, 7, -7, 1234567890, -9223372036854775808, 9223372036854775807} {
		print(itoa(n), " ")
	}
	println()
	for _, s := range []string{"42", "-17", "+5", "", "12a", "-"} {
		n, ok := atoi(s)
		print(n, ok, " ")
	}
	println()

	parts := split("a,b,,c,", ",")
	println(len(parts))
	for i, p := range parts {
		print(i, "[", p, "] ")
	}
	println()
	println(len(split("no-sep", ",")), len(split("", ",")))
	println(len(split("a::b::c", "::")), split("a::b::c", "::")[2])

	println("["+trim("  \t padded  \n")+"]", "["+trim("   ")+"]")
	println(index("chicken", "ken"), index("chicken", "dmr"), index("abc", ""), index("", "a"))
	println(replaceAll("oink oink oink", "k", "ky"), replaceAll("aaa", "a", "bb"))

	for _, s := range []string{"racecar", "été", "日本日", "ab", "", "x"} {
		print(isPalindrome(s), " ")
	}
	println()

	// sum of numbers in a CSV line
	line := "10, 20, -5, 7"
	total := 0
	for _, f := range split(line, ",") {
		if n, ok := atoi(trim(f)); ok {
			total += n
		}
	}
	println(total)
}
