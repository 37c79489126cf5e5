// run

// Tagless switch (switch true) with boolean cases, ranges and fallthrough.

package main

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	}
	return "F"
}

func sign(x float64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	default:
		return 0
	}
}

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return ""
}

func describe(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "negative "
		fallthrough
	case n == 0:
		s += "non-positive "
	case n > 100:
		s += "large "
		fallthrough
	case n > 0:
		s += "positive"
	}
	return s
}

func main() {
	for s := 100; s >= 50; s -= 7 {
		println(s, grade(s))
	}
	println(sign(-2.5), sign(0), sign(1e-300))
	for i := 1; i <= 15; i++ {
		if f := fizzbuzz(i); f != "" {
			println(i, f)
		}
	}
	println(describe(-5))
	println(describe(0))
	println(describe(50))
	println(describe(500))

	// switch with init and no tag
	switch x := 10; {
	case x > 5:
		println("x > 5")
	}
	// switch true is the same
	switch true {
	case 1 > 2:
		println("no")
	case 2 > 1:
		println("yes")
	}
	// a boolean tag
	flag := false
	switch flag {
	case true:
		println("flag set")
	case false:
		println("flag clear")
	}
}
