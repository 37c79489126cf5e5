// run

// Recursion: Fibonacci, Ackermann, mutual recursion, towers of Hanoi
// and deep (but bounded) recursion.

package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n >= 5 {
		println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func power(base float64, exp int) float64 {
	if exp == 0 {
		return 1
	}
	if exp < 0 {
		return 1 / power(base, -exp)
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func binary(n uint) string {
	if n < 2 {
		return string(rune('0' + n))
	}
	return binary(n/2) + string(rune('0'+n%2))
}

func main() {
	for i := 0; i <= 25; i += 5 {
		println("fib", i, fib(i))
	}
	println("ack(2,3) =", ack(2, 3), "ack(3,3) =", ack(3, 3))
	println(isEven(10), isOdd(7), isEven(7), isOdd(1000))
	hanoi(6, "A", "C", "B")
	println("moves", moves)
	println("depth", depth(100000))
	println(power(2, 10), power(2, -2), power(1.5, 3))
	println(binary(0), binary(5), binary(255), binary(1<<20+1))
}
