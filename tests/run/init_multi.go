// run

// Multiple init functions run in source order after all package-level
// variables are initialized; variable initialization follows dependency
// order rather than declaration order, including dependencies through
// functions and methods and closures; init can modify package state.

package main

var trace []string

func record(s string, v int) int {
	trace = append(trace, s)
	return v
}

var (
	a = record("a", b+c) // depends on b and c
	b = record("b", f())
	c = record("c", 3)
	d = record("d", 4) // independent
)

func f() int { return c * 2 } // b depends on c through f

type T struct{ n int }

func (t T) val() int { return t.n + e }

var e = record("e", 10)
var g = record("g", T{1}.val()) // depends on e through a method

var h = func() int { return record("h", i*10) }() // closure referencing i
var i = record("i", 7)

var j, k = pair()

func pair() (int, int) {
	trace = append(trace, "pair")
	return 100, 200
}

var counter int

func init() {
	counter++
	trace = append(trace, "init1")
}

func init() {
	counter *= 10
	trace = append(trace, "init2")
	a += 1000
}

var late = record("late", 1)

func init() {
	counter += 5
	trace = append(trace, "init3")
}

func main() {
	for _, s := range trace {
		print(s, " ")
	}
	println()
	println(a, b, c, d, e, g, h, i, j, k, late, counter)
}
