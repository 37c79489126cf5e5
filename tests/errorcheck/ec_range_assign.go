// errorcheck

// for ... = range assigns the iteration values to existing variables,
// which must be assignable.

package main

func main() {
	s := "abc"
	var str string
	for str = range 10 { // ERROR "cannot use 10 \(untyped int constant\) as string value in range clause"
	}
	var f float64
	for _, f = range s { // ERROR "cannot use f \(value of type rune\) as float64 value in assignment"
	}
	var b byte
	for b = range s { // ERROR "cannot use b \(value of type int\) as byte value in assignment"
	}
	for 1 = range 3 { // ERROR "cannot assign to 1"
	}
	var i8 int8
	for i8 = range 300 { // ERROR "cannot use 300 \(untyped int constant\) as int8 value in range clause \(overflows\)"
	}
	println(str, f, b, i8)
}
