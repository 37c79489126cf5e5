// run

// Typed and untyped constants: default types, implicit conversion at use,
// typed constant arithmetic, constant expressions with len, and
// boundary values of every integer type.

package main

const (
	MaxInt8   int8   = 1<<7 - 1
	MinInt8   int8   = -1 << 7
	MaxInt16  int16  = 1<<15 - 1
	MinInt16  int16  = -1 << 15
	MaxInt32  int32  = 1<<31 - 1
	MinInt32  int32  = -1 << 31
	MaxInt64  int64  = 1<<63 - 1
	MinInt64  int64  = -1 << 63
	MaxUint8  uint8  = 1<<8 - 1
	MaxUint16 uint16 = 1<<16 - 1
	MaxUint32 uint32 = 1<<32 - 1
	MaxUint64 uint64 = 1<<64 - 1
)

const greeting = "hello, " + "gopher"
const glen = len(greeting)
const typedStr string = "typed"

const f32 float32 = 1.0 / 3.0
const f64 float64 = 1.0 / 3.0

type Small int8

const s1 Small = 100
const s2 = s1 / 3 // typed Small

func main() {
	println(MaxInt8, MinInt8, MaxInt16, MinInt16)
	println(MaxInt32, MinInt32, MaxInt64, MinInt64)
	println(MaxUint8, MaxUint16, MaxUint32, MaxUint64)
	println(greeting, glen, typedStr+"!", len(typedStr))
	println(f32, f64, float64(f32) == f64)
	println(s1, s2, s1-s2)

	// default types of untyped constants
	a := 10     // int
	b := 10.0   // float64
	c := 'x'    // rune
	d := "str"  // string
	e := 1 < 2  // bool
	f := 10 / 4 // int
	g := 10 / 4.0
	println(a, b, c, d, e, f, g)
	var i8 int8 = 10
	println(i8*12, i8+MaxInt8) // wraps at run time
	var u uint = 7
	println(u-10 > 0)

	// constant arithmetic is exact before conversion
	const x = 1 << 70
	const y = x / (1 << 68)
	var z uint8 = y
	println(z)
	const h = 0.1 * 3
	var hf float64 = h
	println(hf, hf == 0.3)
	const big = 1e20
	const ratio = big / 1e19
	var r int = ratio
	println(r)
	// rune and byte constants
	const nl byte = '\n'
	const A rune = 'A'
	println(nl, A, A+1, string(A+2))
	// constants in array-free expressions of mixed kinds
	const mixed = 'a' * 2.0
	println(mixed)
	const neg = -'a'
	println(neg)
	var ff float32 = 'a' / 2
	println(ff)
}
