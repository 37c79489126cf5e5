// run

// Constant expressions: typed and untyped constants, iota patterns
// (skips, expressions, bit flags, multiple per line), constant
// arithmetic beyond int64 range folded back, rune and string constants,
// len of constant strings and arrays, and shifts of untyped constants.

package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100
const back = huge >> 98
const big = huge / (1 << 90) * 3

const greeting = "hello" + ", " + "world"
const glen = len(greeting)
const r = 'a' + 1
const typedF float32 = 0.5
const mixed = 7 / 2 * 2.0 // 3 * 2.0 = 6 (integer division first)
const mixed2 = 7 / 2.0 * 2

var arr [4]int

const arrLen = len(arr)

func main() {
	println(Sunday, Monday, Tuesday, Thursday)
	println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC, FlagD&^FlagD)
	fl := FlagA | FlagB | FlagD
	println(fl&FlagB != 0, fl&FlagC != 0, ^fl)
	println(KB, MB, GB, TB)
	println(a, b, c, d, e, f)
	println(back, big)
	println(greeting, glen, r, string(rune(r)))
	println(typedF == 0.5, int(mixed), int(mixed2*2))
	println(arrLen)

	// constant overflow is fine in untyped arithmetic
	const x = 1<<63 - 1
	println(x, -x-1)
	const u = ^uint8(0)
	println(u, uint16(u)<<4)

	// typed constant arithmetic wraps only in variables
	var v int8 = 127
	v++
	println(v)

	// iota in expressions with skip lines
	const (
		_  = iota * 100
		h1 // 100
		_
		h3 // 300
	)
	println(h1, h3)

	// constant comparisons and booleans
	const yes = 3 > 2 && "a" < "b"
	println(yes, !yes)

	// untyped rune and float constants converting to ints exactly
	const third = 1.0 / 3
	println(int(third*3), int64(1e18), uint64(1<<63))

	// constant string indexing is not constant but works
	println(greeting[0], greeting[glen-1])

	// shifts: untyped constant shifted by a variable takes the context type
	var s uint = 3
	var i64 int64 = 1 << s
	var i8 int8 = 1 << s
	println(i64, i8)
}
