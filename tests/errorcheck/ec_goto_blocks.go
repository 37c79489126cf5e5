// errorcheck

// goto may not enter a block or skip a variable declaration in the
// label's block; jumping backwards or over constants and types is fine.

package main

func main() {
	x := 1
	goto inIf // ERROR "goto inIf jumps into block starting at"
	if x > 0 {
	inIf:
		println("if")
	}
	goto inCase // ERROR "goto inCase jumps into block starting at"
	switch x {
	case 1:
	inCase:
		println("case")
	}
	goto inFor // ERROR "goto inFor jumps into block starting at"
	for i := 0; i < 1; i++ {
	inFor:
		println(i)
	}
	goto overConst
	const c = 1
	type T int
overConst:
	goto overVar // ERROR "goto overVar jumps over declaration of y at"
	var y int = c
overVar:
	println(y)
back:
	z := 2
	if z > 5 {
		goto back
	}
}
