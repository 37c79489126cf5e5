// run

// range over integers (Go 1.22): typed and untyped limits, limit evaluated
// once, negative limits, break/continue and nested ranges.

package main

type Index int

var evals int

func limit(n int) int {
	evals++
	return n
}

func triangle(n int) int {
	t := 0
	for i := range n + 1 {
		t += i
	}
	return t
}

func main() {
	for i := range 5 {
		print(i, " ")
	}
	println()

	// the limit is evaluated once
	for i := range limit(4) {
		print(i)
	}
	println(" evals:", evals)

	// modifying the limit variable does not change the iteration count
	n := 3
	for i := range n {
		n = 100
		print(i)
	}
	println(" n =", n)

	// typed limits give typed variables
	var i8lim int8 = 127
	c := 0
	for i := range i8lim {
		if i == 126 {
			println("last int8", i, i+1)
		}
		c++
	}
	println("count", c)
	var ulim uint64 = 2
	for i := range ulim {
		println("uint64", i-1)
	}
	var idx Index = 3
	for i := range idx {
		var j Index = i
		print(j)
	}
	println()
	const clim = 3
	for i := range clim {
		println("const limit", i)
	}

	// the variable is a fresh copy; assigning to it does not affect iteration
	for i := range 4 {
		i *= 10
		print(i, " ")
	}
	println()

	// break and continue
	for i := range 100 {
		if i%2 == 1 {
			continue
		}
		if i > 8 {
			break
		}
		print(i)
	}
	println()

	// nested
	grid := ""
	for y := range 3 {
		for x := range 4 {
			if (x+y)%2 == 0 {
				grid += "#"
			} else {
				grid += "."
			}
		}
		grid += "|"
	}
	println(grid)
	println(triangle(10), triangle(0), triangle(-3))

	// assigning to an existing variable
	var last int
	for last = range 7 {
	}
	println("last", last)
	var neg int = -1
	for i := range neg {
		println("never", i)
	}
	println("done")
}
