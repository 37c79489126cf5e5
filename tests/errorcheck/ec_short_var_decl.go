// errorcheck

// The left side of := holds distinct identifiers only.

package main

func two() (int, int) { return 1, 2 }

func main() {
	s := "abc"
	x, x := 1, 2 // ERROR "x repeated on left side of :="
	s[0] := 1 // ERROR "non-name s\[0\] on left side of :="
	a, a := two() // ERROR "a repeated on left side of :="
	for i, i := range "ab" { // ERROR "i redeclared in this block"
		println(i)
	}
	println(x, a)
}
