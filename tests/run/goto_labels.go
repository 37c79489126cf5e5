// run

// goto and labels: backward goto loops, forward goto skipping code,
// goto out of nested blocks, labeled break/continue on nested for loops
// with switch statements inside (break in a switch breaks the switch,
// labeled break breaks the loop), and labels on blocks.

package main

func gotoLoop(n int) int {
	i, sum := 0, 0
loop:
	if i < n {
		sum += i
		i++
		goto loop
	}
	return sum
}

func findPair(xs []int, target int) (int, int) {
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				goto found
			}
			continue
		found:
			return i, j
		}
	}
	return -1, -1
}

func skip(x int) string {
	if x > 0 {
		goto positive
	}
	return "non-positive"
positive:
	return "positive"
}

func main() {
	println(gotoLoop(10), gotoLoop(0))
	println(findPair([]int{1, 4, 6, 9}, 10))
	println(findPair([]int{1, 2}, 10))
	println(skip(1), skip(-1))

	// labeled continue of the outer loop
	count := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			count++
		}
	}
	println(count)

	// break inside switch only leaves the switch; labeled break leaves the loop
	n := 0
loop:
	for i := 0; i < 10; i++ {
		switch {
		case i == 2:
			break // leaves the switch only
		case i == 6:
			break loop
		}
		n += i
	}
	println(n)

	// continue from within a switch
	odd := 0
	for i := 0; i < 10; i++ {
		switch i % 2 {
		case 0:
			continue
		}
		odd += i
	}
	println(odd)

	// labeled break out of three levels
	var hit [3]int
search:
	for a := 0; a < 10; a++ {
		for b := 0; b < 10; b++ {
			for c := 0; c < 10; c++ {
				if a*a+b*b == c*c && a > 0 && b > a {
					hit = [3]int{a, b, c}
					break search
				}
			}
		}
	}
	println(hit[0], hit[1], hit[2])

	// labeled continue over range loops
	words := []string{"apple", "sky", "tree", "rhythm"}
	vowelWords := 0
words:
	for _, w := range words {
		for _, c := range w {
			switch c {
			case 'a', 'e', 'i', 'o', 'u':
				vowelWords++
				continue words
			}
		}
	}
	println(vowelWords)

	// goto jumping backwards with a counter, out of a block
	k := 0
again:
	{
		k++
		if k < 3 {
			goto again
		}
	}
	println(k)

	// labeled block-less: label on a for with break from nested func-free if
	total := 0
L:
	for {
		for {
			total++
			if total == 5 {
				break L
			}
			if total%2 == 0 {
				continue L
			}
		}
	}
	println(total)
}
