// errorcheck

// Conditions of if and for must be boolean.

package main

func main() {
	x := 1
	s := "s"
	if x { // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
	if x = 2; x { // ERROR "non-boolean condition in if statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	println(!x) // ERROR "operator ! not defined on x"
}
