// errorcheck

// Duplicate constant cases in expression switches.

package main

func main() {
	x := 3
	switch x {
	case 1, 2:
	case 3, 1: // ERROR "duplicate case 1"
	case 2: // ERROR "duplicate case 2"
	}
	s := "a"
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case .a. "
	}
	var b byte
	switch b {
	case 'a', 97: // ERROR "duplicate case 97"
	}
}
