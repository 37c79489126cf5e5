// errorcheck

// nil has no type of its own here: it cannot initialize a variable without
// a type, be assigned to a basic type, be printed or be compared with nil.

package main

func takeInt(i int) {}

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	var y = nil // ERROR "use of untyped nil in variable declaration"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string
	s = nil // ERROR "cannot use nil as string value in assignment"
	takeInt(nil) // ERROR "cannot use nil as int value in argument to takeInt"
	println(nil) // ERROR "use of untyped nil in argument to built-in println"
	print(nil) // ERROR "use of untyped nil in argument to built-in print"
	println(nil == nil) // ERROR "operator == not defined on untyped nil"
	println(x, y, i, s)
}
