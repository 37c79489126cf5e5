// errorcheck

// Package-level initialization cycles, directly and through a function.

package main

var a = b + 1 // ERROR "initialization cycle for a"
var b = a * 2

var c = getC() // ERROR "initialization cycle( for c)?"

func getC() int { return c }

var ok1 = ok2
var ok2 = 3

func main() {
	println(a, b, c, ok1)
}
