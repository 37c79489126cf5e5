// errorcheck

// Binary operators applied to operand types that do not support them.

package main

func main() {
	s := "a"
	b1, b2 := true, false
	f := 1.5
	println("a" - "b") // ERROR "operator - not defined on .a. \(untyped string constant\)"
	println(s * s) // ERROR "operator \* not defined on s \(variable of type string\)"
	println(b1 + b2) // ERROR "operator \+ not defined on b1 \(variable of type bool\)"
	println(f % 2) // ERROR "operator % not defined on f \(variable of type float64\)"
	println(s & s) // ERROR "operator & not defined on s"
	println(b1 | b2) // ERROR "operator \| not defined on b1"
	println(f &^ f) // ERROR "operator &\^ not defined on f"
	println(1.5 % 1.0) // ERROR "operator % not defined on 1.5 \(untyped float constant\)"
}
