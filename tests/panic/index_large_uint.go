// run

// An unsigned index larger than MaxInt64 is reported as an unsigned value.

package main

func main() {
	s := "abc"
	var i uint64 = 1
	println(s[i])
	i = 1 << 63
	println(s[i])
}
