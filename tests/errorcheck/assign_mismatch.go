// errorcheck

// Assignment count mismatches with multi-value functions and lists.

package main

func one() int { return 1 }

func two() (int, int) { return 1, 2 }

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var c, d int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	e := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var f, g, h = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var x, y int
	x, y = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	println(a, b, c, d, e, f, g, h, x, y)
}
