// run

// panic with an untyped constant (becomes int) after some output.

package main

func main() {
	for i := 0; i < 3; i++ {
		print(i, " ")
	}
	println()
	panic(42)
}
