// errorcheck

// Calling values that are not functions.

package main

const c = 3

type T int

func main() {
	x := 5
	s := "str"
	x() // ERROR "cannot call x .*: int is not a function"
	s(1) // ERROR "string is not a function"
	c() // ERROR "cannot call c"
	println(T(1, 2)) // ERROR "too many arguments in conversion to T"
}
