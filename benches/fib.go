// Benchmark: naive recursive Fibonacci (function calls, integer adds,
// branches).

package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("fib(40) =", fib(40))
}
