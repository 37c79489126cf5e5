// errorcheck

// The same type may appear only once among the cases of a type switch.

package main

type T struct{}

type E = int

func main() {
	var x any = 1
	switch x.(type) {
	case int:
	case string, int: // ERROR "duplicate case int in type switch"
	case T:
	case *T, T: // ERROR "duplicate case T in type switch"
	case E: // ERROR "duplicate case E in type switch"
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
	switch y := x.(type) {
	case error, error: // ERROR "duplicate case error in type switch"
		println(y)
	}
}
