// errorcheck

// Only variables (and blank) can be assigned to.

package main

func f(a int) {}

type T int

func main() {
	f = nil // ERROR "cannot assign to f \(neither addressable nor a map index expression\)"
	int = 1 // ERROR "int \(type\) is not an expression"
	T = 2 // ERROR "T \(type\) is not an expression"
	println = 1 // ERROR "println \(built-in\) must be called"
	true = false // ERROR "cannot assign to true \(neither addressable nor a map index expression\)"
	nil = 1 // ERROR "cannot assign to nil \(neither addressable nor a map index expression\)"
}
