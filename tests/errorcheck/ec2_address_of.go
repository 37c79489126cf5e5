// errorcheck

// The operand of & must be addressable or a composite literal.

package main

type T struct{ f int }

func get() T { return T{} }

const c = 5

func main() {
	m := map[string]int{}
	s := "abc"
	p1 := &get() // ERROR "invalid operation: cannot take address of get\(\) \(value of struct type T\)"
	p2 := &c // ERROR "invalid operation: cannot take address of c \(untyped int constant 5\)"
	p3 := &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	p4 := &s[0] // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	p5 := &get().f // ERROR "invalid operation: cannot take address of get\(\).f \(value of type int\)"
	p6 := &T{1}
	println(p1, p2, p3, p4, p5, p6)
}
