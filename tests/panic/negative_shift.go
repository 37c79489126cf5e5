// run

// Shifting by a negative signed count panics.

package main

func shl(x int, n int) int {
	return x << n
}

func main() {
	for n := 3; n > -3; n-- {
		println(n, shl(1, n))
	}
}
