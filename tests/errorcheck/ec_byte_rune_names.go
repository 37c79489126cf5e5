// errorcheck

// Indexing a string gives a byte and ranging over it gives runes: gc
// names those types byte and rune in its messages.

package main

func main() {
	s := "abc"
	var b byte = 'x'
	var r rune = 'y'
	println(s + s[0]) // ERROR "mismatched types string and byte"
	var r2 rune = s[0] // ERROR "cannot use s\[0\] \(value of type byte\) as rune value in variable declaration"
	println(r == b) // ERROR "mismatched types rune and byte"
	for _, c := range s {
		println(c + b) // ERROR "c \+ b \(mismatched types rune and byte\)"
	}
	for i := range 1e3 { // ERROR "cannot range over 1e3 \(untyped float constant 1000\)"
		println(i)
	}
	println(r2)
}
