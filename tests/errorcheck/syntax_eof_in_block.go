// errorcheck

// A function body that runs to the end of the file (which has no final
// newline, so that the error is on the annotated line).

package main

func main() {
	println(1) // ERROR "unexpected EOF, expected }"