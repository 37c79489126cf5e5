// errorcheck

// break and continue outside a loop, continue inside a switch only.

package main

func main() {
	x := 1
	if x > 0 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	continue // ERROR "continue is not in a loop"
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	}
	println(x)
}
