// run

// break and continue in every loop form, inside nested ifs and switches,
// and loops that exit through return.

package main

func firstMultiple(n, k int) int {
	for i := 1; ; i++ {
		if i%k == 0 && i >= n {
			return i
		}
	}
}

func sumSkipping(limit, skip int) int {
	s := 0
	for i := 0; i < limit; i++ {
		if i%skip == 0 {
			continue
		}
		s += i
	}
	return s
}

func main() {
	println(firstMultiple(100, 7), firstMultiple(1, 1))
	println(sumSkipping(100, 3), sumSkipping(10, 1))

	// break from a condition-only loop
	x := 1
	for x < 1000000 {
		x *= 7
		if x%10 == 3 {
			break
		}
	}
	println("x", x)

	// continue in a condition-only loop must not skip the update
	i, evens := 0, 0
	for i < 20 {
		i++
		if i%2 == 1 {
			continue
		}
		evens++
	}
	println("evens", evens)

	// break inside switch inside loop: leaves the switch only
	n := 0
	for k := 0; k < 6; k++ {
		switch {
		case k == 2:
			break
		case k == 4:
			continue
		}
		n += 10
	}
	println("n", n)

	// continue inside a range over string
	vowels := 0
	for _, r := range "programming language" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
			continue
		}
		if r == ' ' {
			break
		}
	}
	println("vowels before space", vowels)

	// nested loops: inner break only leaves the inner loop
	pairs := 0
	for a := 0; a < 5; a++ {
		for b := 0; b < 5; b++ {
			if b > a {
				break
			}
			pairs++
		}
	}
	println("pairs", pairs)

	// break and continue in range over int
	acc := ""
	for d := range 10 {
		if d == 7 {
			break
		}
		if d%3 == 0 {
			continue
		}
		acc += string(rune('0' + d))
	}
	println(acc)

	// deeply nested break in ifs
	found := -1
	for v := 0; v < 100; v++ {
		if v > 10 {
			if v%7 == 0 {
				if v%5 == 0 {
					found = v
					break
				}
			}
		}
	}
	println("found", found)
}
