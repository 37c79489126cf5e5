// errorcheck

// Underscores in number literals only separate digits.

package main

func main() {
	println(1__000) // ERROR "._. must separate successive digits"
}
