// run

// A failed type assertion between named types with the same underlying
// type panics naming both main. types.

package main

type Celsius int
type Fahrenheit int

func main() {
	var v any = Celsius(20)
	c := v.(Celsius)
	println("celsius", int(c))
	f := v.(Fahrenheit)
	println(int(f))
}
