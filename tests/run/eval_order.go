// run

// Order of evaluation: operands and call arguments are evaluated left to
// right; assignments evaluate all operands before assigning.

package main

var trace string

func v(name string, x int) int {
	trace += name
	return x
}

func s(name string) string {
	trace += name
	return name
}

func two(a, b int) int { return a*10 + b }

func three(a, b, c int) int { return a*100 + b*10 + c }

func show(label string, r int) {
	println(label, r, trace)
	trace = ""
}

func main() {
	show("binary", v("a", 1)+v("b", 2)*v("c", 3))
	show("args", three(v("x", 1), v("y", 2), v("z", 3)))
	show("nested", two(v("p", two(v("q", 1), v("r", 2))), v("s", 3)))
	show("sub", v("m", 10)-v("n", 3)-v("o", 2))
	cat := s("A") + s("B") + s("C")
	println("concat", cat, trace)
	trace = ""

	// assignment: right side evaluated before any assignment
	a, b, c := 1, 2, 3
	a, b, c = b, c, a
	println(a, b, c)
	i := 0
	i, j := v("i", i+1), v("j", i+10) // i+10 uses the old i
	show("i,j", i*100+j)

	// op-assignment evaluates the right side once
	k := 5
	k += v("k", k)
	show("k", k)

	// println arguments evaluated left to right
	println(v("1", 1), v("2", 2), v("3", 3))
	println(trace)
	trace = ""

	// if condition, switch tag and case order
	if v("cond", 1) == 1 && v("and", 2) == 2 {
		show("if", 0)
	}
	switch v("tag", 2) {
	case v("c1", 1), v("c2", 2), v("c3", 3):
		show("switch", 0)
	}
	// for: condition and post each iteration
	for n := v("init", 0); v("cond", n) < 2; n += v("post", 1) {
		trace += "body"
	}
	show("for", 0)
}
