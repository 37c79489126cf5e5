// run

// goto: loops built from labels, forward jumps and jumps out of blocks.

package main

func sumTo(n int) int {
	i, s := 0, 0
loop:
	if i > n {
		goto done
	}
	s += i
	i++
	goto loop
done:
	return s
}

func gcd(a, b int) int {
again:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto again
}

func firstNeg(a, b, c int) int {
	if a < 0 {
		goto foundA
	}
	if b < 0 {
		goto foundB
	}
	if c < 0 {
		goto foundC
	}
	return 0
foundA:
	return 1
foundB:
	return 2
foundC:
	return 3
}

func escape() string {
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j == 42 {
				println("escaping at", i, j)
				goto out
			}
		}
	}
	return "not found"
out:
	return "found"
}

func main() {
	println(sumTo(10), sumTo(100), sumTo(-1))
	println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	println(firstNeg(1, 2, 3), firstNeg(-1, 2, 3), firstNeg(1, -2, 3), firstNeg(1, 2, -3))
	println(escape())

	// backward goto with a counter
	n := 0
top:
	n++
	if n < 5 {
		print(n, " ")
		goto top
	}
	println()

	// goto skipping over a block (no variable declarations skipped)
	x := 1
	goto skip
	{
		x = 100
	}
skip:
	println("x =", x)

	// collatz with goto
	c, steps := 27, 0
step:
	if c != 1 {
		if c%2 == 0 {
			c /= 2
		} else {
			c = 3*c + 1
		}
		steps++
		goto step
	}
	println("collatz(27) steps", steps)
}
