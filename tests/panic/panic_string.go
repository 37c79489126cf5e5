// run

// panic with a string value prints it unquoted.

package main

func check(x int) {
	if x > 2 {
		panic("x is too large: check failed")
	}
	println("ok", x)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
}
