// errorcheck

// Unary operators applied to operands of the wrong type.

package main

func main() {
	s := "str"
	b := true
	f := 1.5
	i := 1
	println(-s) // ERROR "operator - not defined on s"
	println(!i) // ERROR "operator ! not defined on i"
	println(^f) // ERROR "operator \^ not defined on f"
	println(-b) // ERROR "operator - not defined on b"
	println(+s) // ERROR "operator \+ not defined on s"
	println(^b) // ERROR "operator \^ not defined on b"
}
