// errorcheck

// Variable declarations with more values than names.

package main

var n = 1, 2 // ERROR "extra init expr 2"

var p, q int = 1, 2, 3 // ERROR "extra init expr 3"

func main() {
	var r = "a", "b" // ERROR "extra init expr .b."
	println(n, p, q, r)
}
