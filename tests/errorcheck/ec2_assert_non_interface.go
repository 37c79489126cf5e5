// errorcheck

// A type assertion needs an operand of interface type.

package main

type T struct{ f int }

func main() {
	x := 1
	t := T{}
	s := "s"
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	_ = t.(T) // ERROR "invalid operation: t \(variable of struct type T\) is not an interface"
	v, ok := s.(string) // ERROR "invalid operation: s \(variable of type string\) is not an interface"
	var a any = 1
	_ = a.(undefinedType) // ERROR "undefined: undefinedType"
	println(v, ok)
}
