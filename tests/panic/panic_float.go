// run

// panic with a float64 value.

package main

func main() {
	x := 1.75
	println("x", x)
	panic(x * 2)
}
