// run

// Named types with basic underlying types: conversions between them,
// typed constants, arithmetic staying in the named type, and type
// declarations in function scope.

package main

type Celsius float64
type Fahrenheit float64
type Meters int64
type ID uint32
type Label string
type Ok bool

const Boiling Celsius = 100
const Freezing Celsius = 0

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func nextID(id ID) ID { return id + 1 }

func describe(l Label, ok Ok) Label {
	if ok {
		return l + " (ok)"
	}
	return l + " (failed)"
}

type Distance = Meters // alias: identical type

func addDist(a Distance, b Meters) Meters { return a + b }

func main() {
	println(CToF(Boiling), CToF(Freezing), CToF(-40))
	println(FToC(212), FToC(CToF(37)))
	var m Meters = 1500
	m *= 2
	m += 250
	println(m, m/1000, m%1000)
	var id ID = 4294967295
	println(nextID(id), nextID(0))
	println(describe("build", true), describe("test", false))
	var l Label = "abc"
	println(len(l), l[1], l[1:], l < "abd")
	var d Distance = 10
	println(addDist(d, m))

	// local type declarations and shadowing a package type
	type Celsius int
	var c Celsius = 7
	println(c / 2)
	type Pair = int
	var p Pair = 3
	var q int = p
	println(p + q)

	// conversion between named types with the same underlying type
	type Kelvin float64
	k := Kelvin(Boiling + 273.15)
	println(k, Fahrenheit(k))
	var raw float64 = float64(k)
	println(raw)

	// named bool in conditions
	var flag Ok = 3 > 2
	if flag {
		println("flag true")
	}
	println(!flag, flag && true)
}
