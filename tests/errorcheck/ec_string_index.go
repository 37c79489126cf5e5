// errorcheck

// Indexing: only strings can be indexed here, indices must be integers,
// non-negative and, for constant strings, in range.

package main

const cs = "abc"

func main() {
	s := "hello"
	x := 1
	f := 1.5
	println(5[0]) // ERROR "cannot index 5 \(untyped int constant\)"
	println(x[0]) // ERROR "cannot index x \(variable of type int\)"
	println(cs[5]) // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	println("abc"[3]) // ERROR "index 3 out of bounds \[0:3\]"
	println(s[-1]) // ERROR "index -1 \(constant of type int\) must not be negative"
	println(s[1.5]) // ERROR "1.5 \(untyped float constant\) truncated to int"
	println(s["a"]) // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	println(s[f], s[2.0]) // ERROR "index f \(variable of type float64\) must be integer"
}
