// errorcheck

// return statements with the wrong number of values.

package main

func none() {
	return 1 // ERROR "too many return values"
}

func one() int {
	return // ERROR "not enough return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func three() (a, b, c int) {
	return 1, 2, 3, 4 // ERROR "too many return values"
}

func main() {
	none()
	println(one(), three()) // ERROR "multiple-value three\(\) .* in single-value context"
	println(two())
}
