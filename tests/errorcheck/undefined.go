// errorcheck

// Uses of undeclared names: variables, functions, types and package-level
// references.

package main

func main() {
	x := 1
	println(x + y) // ERROR "undefined: y"
	undefinedFunc(x) // ERROR "undefined: undefinedFunc"
	var t UnknownType // ERROR "undefined: UnknownType"
	_ = t
	z = 3 // ERROR "undefined: z"
	println(missing.Field) // ERROR "undefined: missing"
}
