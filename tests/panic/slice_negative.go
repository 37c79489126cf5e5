// run

// A negative low bound in a string slice expression.

package main

func main() {
	s := "abcdef"
	lo := 2
	for k := 0; k < 4; k++ {
		println(lo, s[lo:4])
		lo--
	}
}
