// errorcheck

// Terminating statements (spec): what ends a function with results.

package main

func labeledBreak() int {
outer:
	for {
		for {
			break outer
		}
	}
} // ERROR "missing return"

func condLoop(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func switchBreak(x int) int {
	switch x {
	case 1:
		return 1
	default:
		break
	}
} // ERROR "missing return"

func switchFallthroughLast(x int) int {
	switch x {
	case 1:
		fallthrough
	default:
		if x > 0 {
			return 2
		}
	}
} // ERROR "missing return"

func okPanic() int {
	panic("no")
}

func okGoto() int {
L:
	goto L
}

func okSwitch(x int) int {
	switch x {
	case 1:
		fallthrough
	default:
		return 2
	}
}

func okBlock() int {
	{
		return 1
	}
}

func main() {
	println(labeledBreak(), condLoop(1), switchBreak(1), switchFallthroughLast(1))
	println(okPanic(), okGoto(), okSwitch(1), okBlock())
}
