// run

// Integer remainder by zero panics too, for unsigned and small types.

package main

func main() {
	var a uint8 = 200
	var b uint8 = 3
	for b < 10 {
		println(a % b)
		b -= 1
	}
}
