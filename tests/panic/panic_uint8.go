// run

// panic with a uint8 value and a rune value.

package main

func main() {
	var b uint8 = 250
	b += 10
	println("wrapped to", b)
	panic(b)
}
