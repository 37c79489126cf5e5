// errorcheck

// How constant operands are described in messages: typed constants with
// their value, untyped results of comparisons, non-constant indexing.

package main

const c8 int8 = 1

func main() {
	var u uint = c8 // ERROR "cannot use c8 \(constant 1 of type int8\) as uint value in variable declaration"
	var x int = 1 < 2 // ERROR "cannot use 1 < 2 \(untyped bool constant true\) as int value in variable declaration"
	y := 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)"
	const cc = "abc"[1] // ERROR ".abc.\[1\] \(value of type byte\) is not constant"
	var s string = 'x' // ERROR "cannot use .x. \(untyped rune constant 120\) as string value in variable declaration"
	println(u, x, y, cc, s)
}
