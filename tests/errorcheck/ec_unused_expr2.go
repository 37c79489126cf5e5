// errorcheck

// More unused expressions: builtins with a result, typed constants and
// comparisons.

package main

const k int8 = 7

func main() {
	s := "abc"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	min(1, 2) // ERROR "min\(1, 2\) \(untyped int constant 1\) is not used"
	k // ERROR "k \(constant 7 of type int8\) is not used"
	s[0] // ERROR "s\[0\] \(value of type byte\) is not used"
	s < "b" // ERROR "s < .b. \(untyped bool value\) is not used"
	complex(1, 2) // ERROR "complex\(1, 2\) \(untyped complex constant \(1 \+ 2i\)\) is not used"
	s[1:] // ERROR "s\[1:\] \(value of type string\) is not used"
}
