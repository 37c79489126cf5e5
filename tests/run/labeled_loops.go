// run

// Labeled break and continue across nested for loops, switches and
// string ranges.

package main

func findPair(target int) (int, int) {
	a, b := -1, -1
outer:
	for i := 1; i < 20; i++ {
		for j := i; j < 20; j++ {
			if i*j == target {
				a, b = i, j
				break outer
			}
			if i*j > target {
				continue outer
			}
		}
	}
	return a, b
}

func primesBelow(n int) {
next:
	for i := 2; i < n; i++ {
		for d := 2; d*d <= i; d++ {
			if i%d == 0 {
				continue next
			}
		}
		print(i, " ")
	}
	println()
}

func main() {
	println(findPair(42))
	println(findPair(143))
	println(findPair(1000))
	primesBelow(60)

	// break out of a loop from inside a switch
	count := 0
loop:
	for {
		count++
		switch {
		case count == 3:
			continue loop
		case count > 5:
			break loop
		}
		println("count", count)
	}
	println("after loop", count)

	// unlabeled break inside switch only leaves the switch
	n := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			n += i
		}
	}
	println("n", n)

	// three levels
	total := 0
L1:
	for a := 0; a < 4; a++ {
	L2:
		for b := 0; b < 4; b++ {
			for c := 0; c < 4; c++ {
				if c == 2 {
					continue L2
				}
				if b == 3 {
					continue L1
				}
				if a == 3 {
					break L1
				}
				total += a*100 + b*10 + c
			}
		}
	}
	println("total", total)

	// labeled continue with range over string and int
	cnt := 0
words:
	for i, r := range "ab cd ef" {
		for k := range 3 {
			if r == ' ' {
				continue words
			}
			if k == 2 {
				cnt += i
			}
		}
	}
	println("cnt", cnt)

	// labeled block break
	x := 7
check:
	switch {
	case x > 5:
		for i := 0; i < 10; i++ {
			if i == 2 {
				break check
			}
			println("i", i)
		}
		println("unreachable")
	}
	println("done")
}
