// run

// Slicing a string beyond its length: s[:j] with j > len(s).

package main

func prefix(s string, n int) string {
	return s[:n]
}

func main() {
	s := "hello"
	println(prefix(s, 3))
	println(prefix(s, 5))
	println(prefix(s, 6))
}
