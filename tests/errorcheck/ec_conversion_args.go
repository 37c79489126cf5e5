// errorcheck

// A conversion takes exactly one argument.

package main

type Celsius float64

func main() {
	println(int()) // ERROR "missing argument in conversion to int"
	println(string()) // ERROR "missing argument in conversion to string"
	println(Celsius()) // ERROR "missing argument in conversion to Celsius"
	println(float64(1, 2)) // ERROR "too many arguments in conversion to float64"
	println(int(1), Celsius(2))
}
