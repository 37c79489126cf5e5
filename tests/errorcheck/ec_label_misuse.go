// errorcheck

// break and continue labels must name an enclosing statement of the
// right kind; labels are unique per function.

package main

func main() {
L:
	if true {
		break L // ERROR "invalid break label L"
	}
	for {
		continue M // ERROR "continue label not defined: M"
	}
L2:
	println()
	for {
		break L2 // ERROR "invalid break label L2"
	}
L: // ERROR "label L already defined"
	for {
		break
	}
	x := 1
S:
	switch x {
	case 1:
		continue S // ERROR "invalid continue label S"
	}
Outer:
	for {
		for {
			break Outer
		}
	}
}
