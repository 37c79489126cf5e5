// run

// Expression switches: multiple values per case, fallthrough chains,
// default in any position, init statements and break inside switch.

package main

func classify(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 3, 5, 7, 9:
		return "odd digit"
	case 2, 4, 6, 8:
		return "even digit"
	default:
		return "big"
	}
}

func fall(n int) {
	print("fall(", n, "):")
	switch n {
	case 1:
		print(" one")
		fallthrough
	case 2:
		print(" two")
		fallthrough
	case 3:
		print(" three")
	case 4:
		print(" four")
		fallthrough
	default:
		print(" default")
	}
	println()
}

func defaultFirst(s string) int {
	switch s {
	default:
		return -1
	case "a":
		return 1
	case "b", "c":
		return 2
	}
}

func fallIntoDefault(n int) string {
	r := ""
	switch n {
	case 0:
		r += "0"
		fallthrough
	default:
		r += "d"
		fallthrough
	case 1:
		r += "1"
	case 2:
		r += "2"
	}
	return r
}

var calls int

func next() int {
	calls++
	return calls
}

func main() {
	for i := 0; i < 12; i += 1 {
		println(i, classify(i))
	}
	for i := 0; i <= 5; i++ {
		fall(i)
	}
	println(defaultFirst("a"), defaultFirst("c"), defaultFirst("zz"))
	println(fallIntoDefault(0), fallIntoDefault(1), fallIntoDefault(2), fallIntoDefault(7))

	// the tag is evaluated exactly once; cases in order until a match
	switch next() {
	case 5:
		println("five")
	case 1:
		println("one, calls =", calls)
	}

	// case expressions are evaluated lazily, top to bottom
	x := 3
	switch x {
	case next():
		println("matched first", calls)
	case next():
		println("matched second", calls)
	case next():
		println("matched third", calls)
	}
	println("calls", calls)

	// init statement, break leaves the switch
	switch y := x * 2; y {
	case 6:
		if x > 0 {
			println("y is 6, breaking")
			break
		}
		println("not reached")
	case 7:
		println("seven")
	}

	// switch with no cases and switch with only default
	switch x {
	}
	switch {
	default:
		println("only default")
	}

	// typed tag
	var b byte = 'q'
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		println("vowel")
	case 'q':
		println("q!")
	}
	switch s := "go" + "lang"; s {
	case "go":
		println("short")
	case "golang":
		println("long")
	}
}
