// run

// Declarations in any order: functions, types, constants and variables
// used before their declaration, and functions as building blocks.

package main

func main() {
	println(area(3, 4), perimeter(3, 4))
	var t Temp = boiling
	println(t, toF(t))
	println(scale*factor, greeting)
	println(apply(5))
}

func apply(x int) int { return double(increment(x)) }

func double(x int) int { return x * 2 }

func increment(x int) int { return x + offset }

func area(w, h float64) float64 { return w * h }

func perimeter(w, h float64) float64 { return 2 * (w + h) }

const boiling Temp = 100

type Temp float64

func toF(t Temp) float64 { return float64(t)*9/5 + 32 }

var greeting = prefix + "world"

const prefix = "hello, "

var scale = factor * 2

const factor = 21

var offset = computeOffset()

func computeOffset() int { return len(greeting) }
