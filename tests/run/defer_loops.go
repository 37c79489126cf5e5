// run

// defer inside loops and nested function literals: each iteration's
// defer runs at function exit, not at iteration end; wrapping the body
// in a func literal runs the defer per iteration; defers registered in
// a recursive function; large numbers of defers.

package main

func perFunction() {
	for i := 0; i < 3; i++ {
		defer print("f", i, " ")
		print("body", i, " ")
	}
	println()
}

func perIteration() {
	for i := 0; i < 3; i++ {
		func() {
			defer print("d", i, " ")
			print("b", i, " ")
		}()
	}
	println()
}

func recursive(n int) {
	if n == 0 {
		return
	}
	defer print("r", n, " ")
	recursive(n - 1)
}

func many() (sum int) {
	for i := 1; i <= 1000; i++ {
		defer func() { sum += i }()
	}
	return 0
}

func conditional(flags []bool) (log string) {
	for i, f := range flags {
		if f {
			defer func() { log += string(rune('a' + i)) }()
		}
	}
	return ">"
}

func deferBreak() {
	for i := 0; ; i++ {
		defer print("x", i, " ")
		if i == 2 {
			break
		}
	}
	print("after loop ")
}

func main() {
	perFunction()
	println()
	perIteration()
	recursive(4)
	println()
	println(many())
	println(conditional([]bool{true, false, true, true}))
	deferBreak()
	println()

	// defers in a switch inside a loop in a literal
	func() {
		for _, s := range []string{"x", "y", "z"} {
			switch s {
			case "y":
				defer println("deferred for y")
			default:
				defer println("deferred for", s)
			}
		}
		println("literal end")
	}()
}
