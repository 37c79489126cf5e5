// errorcheck

// ++ and -- need an addressable numeric operand.

package main

const c = 1

func one() int { return 1 }

func main() {
	s := "ab"
	var r rune = 'a'
	c++ // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	one()++ // ERROR "cannot assign to one\(\)"
	1-- // ERROR "cannot assign to 1"
	len(s)-- // ERROR "cannot assign to len\(s\)"
	r++
	println(s, r)
}
