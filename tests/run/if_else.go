// run

// if/else chains, init statements, nested conditions and early returns.

package main

func classify(x int) string {
	if x < 0 {
		return "negative"
	} else if x == 0 {
		return "zero"
	} else if x < 10 {
		return "small"
	} else if x < 100 {
		return "medium"
	} else {
		return "large"
	}
}

func leap(y int) bool {
	if y%400 == 0 {
		return true
	}
	if y%100 == 0 {
		return false
	}
	return y%4 == 0
}

func daysIn(month, year int) int {
	if month == 2 {
		if leap(year) {
			return 29
		}
		return 28
	} else if month == 4 || month == 6 || month == 9 || month == 11 {
		return 30
	}
	return 31
}

func max3(a, b, c int) int {
	if a >= b {
		if a >= c {
			return a
		}
		return c
	}
	if b >= c {
		return b
	}
	return c
}

func main() {
	for i := -5; i <= 500; i += 55 {
		println(i, classify(i))
	}
	years := 0
	for y := 1896; y <= 2004; y += 4 {
		if !leap(y) {
			println("not leap:", y)
		}
		years++
	}
	println("years checked", years)
	total := 0
	for m := 1; m <= 12; m++ {
		total += daysIn(m, 2024)
	}
	println("days in 2024:", total, "in 2023:", total-daysIn(2, 2024)+daysIn(2, 2023))
	println(max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1), max3(5, 5, 5))

	// init statement variables are visible in all branches
	if n := len("hello"); n > 10 {
		println("long", n)
	} else if m := n * 2; m > 5 {
		println("medium", n, m)
	} else {
		println("short", n, m)
	}

	// conditions with side effects evaluated once
	x := 7
	if x > 5 {
		x -= 5
	}
	if x > 5 {
		println("not reached")
	} else {
		println("x", x)
	}
	// empty branches
	if x == 2 {
	} else {
		println("not reached")
	}
}
