// errorcheck

// init functions take nothing and return nothing; there may be several,
// and they cannot be referred to. main likewise has no results.

package main

func init() {}

func init() {}

func init(x int) { // ERROR "func init must have no arguments and no return values"
}

func init() (s string) { // ERROR "func init must have no arguments and no return values"
	return
}

func main() int { // ERROR "func main must have no arguments and no return values"
	x := init // ERROR "undefined: init"
	println(x)
	return 0
}
