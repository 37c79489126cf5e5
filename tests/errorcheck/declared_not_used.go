// errorcheck

// Local variables that are declared but never used are errors, also when
// they are only assigned to. Package-level variables and parameters are
// exempt.

package main

var pkgLevel = 1

func params(a, b int) {}

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	y = 2
	a, b := 1, 2 // ERROR "declared and not used: b"
	println(a)
	for i := 0; i < 3; i++ {
		v := i // ERROR "declared and not used: v"
	}
	if w := 3; true { // ERROR "declared and not used: [vw]"
	}
	var used = 4
	_ = used
}
