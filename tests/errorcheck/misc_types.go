// errorcheck

// Miscellaneous type errors: string + rune, comparing incompatible
// values, invalid increments, and non-constant array-free case mismatch.

package main

func main() {
	s := "a"
	r := 'b'
	println(s + r) // ERROR "mismatched types string and rune"
	f := 1.5
	f++
	b := true
	b++ // ERROR "b\+\+ \(non-numeric type bool\)"
	s++ // ERROR "non-numeric type string"
	var u uint = 1
	var i int = 2
	println(u == i) // ERROR "mismatched types uint and int"
	switch i {
	case "x": // ERROR "cannot convert .* to type int"
	}
}
