// errorcheck

// Type names are not values.

package main

type Celsius float64

func main() {
	x := int // ERROR "int \(type\) is not an expression"
	println(Celsius) // ERROR "Celsius \(type\) is not an expression"
	string // ERROR "string \(type\) is not an expression"
	var y = bool // ERROR "bool \(type\) is not an expression"
	println(x, y, int + 1) // ERROR "int \(type\) is not an expression"
}
