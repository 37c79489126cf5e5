// run

// s[i:] with i > len(s) reports the low bound and the length.

package main

func suffix(s string, i int) string {
	return s[i:]
}

func main() {
	s := "abcdef"
	println(suffix(s, 0), suffix(s, 3), "["+suffix(s, 6)+"]")
	println(suffix(s, 7))
}
