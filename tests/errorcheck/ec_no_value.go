// errorcheck

// A call of a function without results has no value.

package main

func nothing() {}

func one() int { return 1 }

func main() {
	x := nothing() // ERROR "nothing\(\) \(no value\) used as value"
	var y int = nothing() // ERROR "nothing\(\) \(no value\) used as value"
	println(nothing()) // ERROR "nothing\(\) \(no value\) used as value"
	z := one() + nothing() // ERROR "nothing\(\) \(no value\) used as value"
	if nothing() { // ERROR "nothing\(\) \(no value\) used as value"
	}
	println(x, y, z)
}
