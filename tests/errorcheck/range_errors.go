// errorcheck

// Range over non-rangeable values and too many iteration variables.

package main

func main() {
	f := 1.5
	for i := range f { // ERROR "cannot range over f"
		println(i)
	}
	for i, j := range 10 { // ERROR "permits only one iteration variable"
		println(i, j)
	}
	for i, r, x := range "abc" { // ERROR "range clause permits at most two iteration variables"
		println(i, r, x) // ERROR "undefined: x"
	}
	b := true
	for range b { // ERROR "cannot range over b"
	}
}
