// errorcheck

// Functions with results must end in a terminating statement.

package main

func noReturn() int {
} // ERROR "missing return"

func ifWithoutElse(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func loopWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func switchNoDefault(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func okInfinite() int {
	for {
	}
}

func okIfElse(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func main() {
	println(noReturn(), ifWithoutElse(1), loopWithBreak(), switchNoDefault(1), okInfinite(), okIfElse(1))
}
