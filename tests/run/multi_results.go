// run

// Functions with multiple results: tuple assignment, forwarding f(g()),
// blank identifiers, swaps and evaluation order.

package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func add(a, b int) int { return a + b }

func three() (int, string, bool) { return 7, "seven", true }

func pair() (int, int) { return 3, 4 }

func fibPair(n int) (int, int) {
	if n == 0 {
		return 0, 1
	}
	a, b := fibPair(n - 1)
	return b, a + b
}

func forward() (int, int) {
	return divmod(100, 7)
}

func mixed() (float64, int8, uint16, string, bool, rune) {
	return 2.5, -3, 65535, "s", false, 'r'
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	q, r = divmod(-17, 5)
	println(q, r)
	a, b := swap("x", "y")
	println(a, b)
	println(swap(swap("first", "second")))
	println(minmax(5, -2, 9))
	println(add(pair()))
	n, s, ok := three()
	println(n, s, ok)
	_, s2, _ := three()
	println(s2)
	println(fibPair(50))
	println(forward())
	println(mixed())

	// tuple assignment evaluates the right side first
	x, y := 1, 2
	x, y = y, x
	println(x, y)
	x, y = x+y, x*y
	println(x, y)
	i, j, k := 1, 2, 3
	i, j, k = k, i, j
	println(i, j, k)

	// redeclaration with := reuses existing variables when one is new
	x, z := divmod(x*10, 3)
	println(x, z)

	var p, p2 int
	p, p2 = pair()
	println(p*p2, p+p2)

	// results used directly in expressions
	lo, hi := minmax(3, 1, 2)
	println(hi-lo, lo*hi)
}
