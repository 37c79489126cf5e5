// errorcheck

// Characters that are not part of any token.

package main

func main() {
	x := 1 @ 2 // ERROR "invalid character U\+0040 .@." "unexpected literal 2 at end of statement"
	println(x)
}
