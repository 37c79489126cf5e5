// errorcheck

// main must take no arguments and return nothing; init likewise and it
// cannot be referenced.

package main

func init() int { // ERROR "func init must have no arguments and no return values"
	return 0
}

func main(args int) { // ERROR "func main must have no arguments and no return values"
	init() // ERROR "undefined: init"
}
