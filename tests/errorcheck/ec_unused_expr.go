// errorcheck

// Expression statements must be calls (of functions or of builtins
// without a result used): other expressions are not used.

package main

const c = 3

func one() int { return 1 }

func main() {
	i := 1
	i + 1 // ERROR "i \+ 1 \(value of type int\) is not used"
	i == 1 // ERROR "i == 1 \(untyped bool value\) is not used"
	1 // ERROR "1 \(untyped int constant\) is not used"
	"s" // ERROR ".s. \(untyped string constant\) is not used"
	i // ERROR "i \(variable of type int\) is not used"
	int64(i) // ERROR "int64\(i\) \(value of type int64\) is not used"
	-i // ERROR "-i \(value of type int\) is not used"
	c // ERROR "c \(untyped int constant 3\) is not used"
	one()
}
