// errorcheck

// A rune literal holds exactly one character.

package main

func main() {
	println('ab') // ERROR "more than one character in rune literal"
}
