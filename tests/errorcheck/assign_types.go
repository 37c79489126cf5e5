// errorcheck

// Assignability errors between distinct named and basic types.

package main

type Celsius float64
type Fahrenheit float64

func takeString(s string) {}

func main() {
	var c Celsius = 10
	var f Fahrenheit = c // ERROR "cannot use c .* as Fahrenheit value in variable declaration"
	var i int = 1
	var i64 int64 = i // ERROR "cannot use i .* as int64 value"
	var s string = i // ERROR "cannot use i .* as string value"
	takeString(1) // ERROR "cannot use 1 .* as string value in argument to takeString"
	var b bool = 1 // ERROR "cannot use 1 .* as bool value"
	var u uint8 = 'é' + 0x100 // ERROR "as uint8 value in variable declaration \(overflows\)"
	println(f, i64, s, b, u)
}
