// errorcheck

// Redeclaration in the same block; redeclaring in an inner block is fine.

package main

var x int
var x string // ERROR "x redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func main() {
	a := 1
	var a int // ERROR "a redeclared in this block"
	b := 2
	{
		b := 3
		_ = b
	}
	const c = 1
	var c = 2 // ERROR "c redeclared"
	println(a, b, c)
}
