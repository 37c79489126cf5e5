// errorcheck

// An assignment is a statement, not a condition.

package main

func main() {
	x := 1
	if x = 2 { // ERROR "cannot use assignment x = 2 as value"
	}
	println(x)
}
