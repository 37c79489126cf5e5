// errorcheck

// Switch cases must match the tag's type (bool for a tagless switch);
// at most one default.

package main

func main() {
	x := 1
	s := "a"
	f := 1.5
	switch x {
	default:
	case 1:
	default: // ERROR "multiple defaults \(first at"
	}
	switch x {
	case s: // ERROR "invalid case s in switch on x \(mismatched types string and int\)"
	case f: // ERROR "invalid case f in switch on x \(mismatched types float64 and int\)"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case s == "a":
	}
	switch s {
	case x: // ERROR "invalid case x in switch on s \(mismatched types int and string\)"
	}
	switch 1 {
	case 1.5: // ERROR "1.5 \(untyped float constant\) truncated to int"
	}
}
