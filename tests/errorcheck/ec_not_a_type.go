// errorcheck

// Only type names can be used where a type is expected.

package main

var v int

const k = 1

func fn() {}

var x v // ERROR "v \(package-level variable\) is not a type"
var y println // ERROR "println \(built-in function\) is not a type"
var z iota // ERROR "iota \(constant\) is not a type"

func g(a fn) {} // ERROR "fn \(function\) is not a type"

func main() {
	local := 1
	var w local // ERROR "local \(local variable\) is not a type"
	var u k // ERROR "k \(constant\) is not a type"
	println(x, y, z, w, u)
}
