// errorcheck

// Constant declarations require constant initializers; iota only exists
// inside constant declarations; constants cannot be assigned.

package main

func f() int { return 1 }

var v = 3

const c1 = f() // ERROR "f\(\) .* is not constant"
const c2 = v + 1 // ERROR "is not constant"
const c3 = len("ok")

var notConst = iota // ERROR "cannot use iota outside constant declaration"

func main() {
	const local = 2
	local = 3 // ERROR "cannot assign to local"
	c3 = 4 // ERROR "cannot assign to c3"
	println(c1, c2, c3, notConst, local)
}
