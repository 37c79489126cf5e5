// run

// Untyped constants are exact: huge intermediate values, exact rational
// arithmetic and precise conversion of the final value.

package main

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big * Big
	Back  = Huge / Big / Big / Big
)

const third = 1.0 / 3
const one = third * 3
const tenth = 0.1
const sum = tenth + tenth + tenth
const exactDiv = 7 / 2     // integer division: 3
const floatDiv = 7 / 2.0   // 3.5
const mixed = 'a' + 1      // rune constant 'b'
const huge = 1e300 * 1e300 // exact, not Inf
const hugeBack = huge / 1e500

const maxU64 = 1<<64 - 1
const minI64 = -1 << 63

const pi = 3.14159265358979323846264338327950288419716939937510582097494459
const piDigits = pi * 1e15

func main() {
	println(Small, Back)
	println(one == 1, sum == 0.3)
	var f float64 = tenth
	g := f + f + f
	println(g == 0.3) // float64 arithmetic at runtime is not exact
	println(exactDiv, floatDiv)
	println(mixed, string(rune(mixed)))
	println(hugeBack)
	var u uint64 = maxU64
	var i int64 = minI64
	println(u, i)
	var pd float64 = piDigits
	println(int64(pd), pd)
	var p32 float32 = pi
	var p64 float64 = pi
	println(p32, p64)
	const shifted = Big >> 90 // 1024
	var s int = shifted
	println(s)
	const neg = -Big
	println(neg/Big, neg%7 == -Big%7)
	println(Big%1000000007, (Big+1)%3)
	const c1 = 1 << 62
	println(c1*2-1 == maxU64>>1, uint64(c1*4-1))
	const r = 'x' - 'a'
	println(r)
	const boolConst = Big > Huge
	println(boolConst, !boolConst)
	const str = "const" + "ant"
	println(str, len(str))
	var x int8 = Big >> 94
	println(x)
	const fl = 1e-300 * 1e-300 * 1e600
	println(fl)
	const frac = 5.0 / 4
	println(int(frac*4), frac)
	const bigf = 1 << 70
	var ff float64 = bigf
	println(ff)
}
