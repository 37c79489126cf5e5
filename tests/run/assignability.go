// run

// Assignability: untyped constants to any compatible type, values of a
// named type to variables of the same type, aliases, explicit conversions
// between named types, and function results to variables.

package main

type MyInt int
type YourInt int
type Str string
type Alias = MyInt

func takeInt(x int) int        { return x + 1 }
func takeMy(x MyInt) MyInt     { return x * 2 }
func takeFloat(f float64) bool { return f > 0 }
func takeStr(s Str) Str        { return s + s }
func takeByte(b byte) byte     { return b + 1 }

func main() {
	// untyped constants are assignable to every compatible type
	var a MyInt = 5
	var b YourInt = 5
	var c float32 = 5
	var d complex64 = 5
	var e byte = 'e'
	var f rune = 'f'
	var g Str = "g"
	var h uintptr = 1 << 20
	println(a, b, c, d, e, f, g, h)

	// untyped constants as arguments
	println(takeInt(1), takeMy(2), takeFloat(3), takeStr("s"), takeByte('a'))
	// typed values need conversions between distinct named types
	println(takeInt(int(a)), takeMy(MyInt(b)), takeFloat(float64(c)), takeStr(Str("x")))

	// aliases are identical types
	var al Alias = a
	a = al
	println(takeMy(al), al == a)

	// untyped bool and comparison results assign to named bool types
	type Bool bool
	var ok Bool = 1 < 2
	var ok2 bool = a == 5
	println(ok, ok2)

	// untyped float constant with integral value to an integer
	var i int = 1e9
	var j int8 = 2.0
	var k uint64 = 1 << 63
	println(i, j, k)
	// rune constant to float and string conversion
	var fl float64 = 'A'
	var st string = string(rune(fl))
	println(fl, st)
	// conversions of constants between named types
	const typed MyInt = 7
	var y YourInt = YourInt(typed) + 1
	println(y, MyInt(y) == typed+1)
	// variables of unnamed types are assignable to each other
	var s1 string = string(g)
	var s2 string = s1
	println(s2)
	// shifts: untyped constant left operand takes the type from context
	var sh uint = 4
	var m MyInt = 1 << sh
	var fv = float64(MyInt(1) << sh)
	println(m, fv)
}
