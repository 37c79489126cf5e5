// run

// Unbounded recursion exceeds the maximum stack size and is fatal.
// The frames carry several live values so the limit is reached quickly.

package main

func recurse(n int, a, b, c, d float64, s string) int {
	if n == -1 {
		return 0
	}
	x, y, z := a*2, b+1, c-d
	r := recurse(n+1, x, y, z, d, s)
	return r + int(x+y+z) + len(s) + n
}

func main() {
	println("recursing")
	println(recurse(0, 1, 2, 3, 4, "frame"))
}
