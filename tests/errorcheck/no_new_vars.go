// errorcheck

// := must declare at least one new variable on its left side.

package main

func two() (int, int) { return 1, 2 }

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	b, c := two()
	b, c := two() // ERROR "no new variables on left side of :="
	_, _ := 3, 4 // ERROR "no new variables"
	println(a, b, c)
}
