// run

// Integer division by a zero variable panics at run time.

package main

func avg(sum, n int) int {
	return sum / n
}

func main() {
	println(avg(10, 2))
	println(avg(-9, 3))
	println(avg(5, 0))
}
