// run

// panic with an int value.

package main

func main() {
	code := 40
	println("about to panic")
	code += 2
	panic(code)
}
