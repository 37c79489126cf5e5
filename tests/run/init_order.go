// run

// Package-level variable initialization follows dependencies, not
// declaration order; functions referenced by initializers count as
// dependencies. Declarations appear in arbitrary order.

package main

var (
	a = c + b // == 9
	b = f()   // == 4
	c = f()   // == 5
	d = 3     // == 5 after initialization has finished
)

func f() int {
	d++
	trace("f", d)
	return d
}

var total = sum(x, y, z)

var x = mk("x", 1)
var z = mk("z", 3)
var y = mk("y", z*2)

func mk(name string, v int) int {
	trace(name, v)
	return v
}

func sum(a, b, c int) int {
	trace("sum", a+b+c)
	return a + b + c
}

var order string

func trace(what string, v int) {
	order += what + " "
	println("init", what, v)
}

// p depends on q through a function body.
var p = getQ() * 10

func getQ() int { return q }

var q = mk("q", 7)

var first, second = mk("first", 1), mk("second", 2)

var w1 = mk("w1", w2+1)
var w2 = mk("w2", 100)

const k = kk * 2 // constants are not initialized at run time
const kk = 21

var unused = mk("unused", 0)

var hello = greet + ", world"
var greet = "hello"

func main() {
	println(a, b, c, d)
	println(total, x, y, z)
	println(p, q)
	println(first, second, w1, w2, k)
	println(hello)
	println(order)
	_ = unused
}
