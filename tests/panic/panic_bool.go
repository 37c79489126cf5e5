// run

// panic with a bool and with nested calls before it.

package main

func deep(n int) {
	if n == 0 {
		panic(n == 0)
	}
	println("depth", n)
	deep(n - 1)
}

func main() {
	deep(3)
}
