// errorcheck

// fallthrough must be the last statement of a non-final expression-switch
// case, directly in the case body.

package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch {
	case x > 0:
		fallthrough // ERROR "fallthrough statement out of place"
		println("a")
	case x < 0:
		if x == 1 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	default:
	}
	for i := 0; i < 2; i++ {
		fallthrough // ERROR "fallthrough statement out of place"
	}
	fallthrough // ERROR "fallthrough statement out of place"
	switch x {
	case 1:
		{
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
	}
}
