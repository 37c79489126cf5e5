// errorcheck

// Calls with the wrong number of arguments.

package main

func f(a int, b string) {}

func g() (int, int) { return 1, 2 }

func h(a, b, c int) {}

func main() {
	f(1) // ERROR "not enough arguments in call to f"
	f(1, "a", 2) // ERROR "too many arguments in call to f"
	h(g()) // ERROR "not enough arguments in call to h"
	f() // ERROR "not enough arguments in call to f"
	println(len("a", "b")) // ERROR "too many arguments"
}
