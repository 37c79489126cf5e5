// run

// defer basics: LIFO order, arguments evaluated at defer time (including
// receivers and method values), deferred closures see later values,
// defers in loops, defer of method calls and builtin-like calls, and
// defers running on every return path.

package main

type T struct{ name string }

func (t T) Show()   { println("T.Show", t.name) }
func (t *T) PShow() { println("T.PShow", t.name) }

func order() {
	for i := 0; i < 4; i++ {
		defer println("loop defer", i)
	}
	defer println("first registered after loop")
	println("body done")
}

func argsEval() {
	x := 1
	defer println("deferred arg x =", x)
	defer func() { println("closure sees x =", x) }()
	defer func(v int) { println("param v =", v) }(x * 10)
	x = 2
	println("x set to", x)
}

func receivers() {
	t := T{"before"}
	defer t.Show()  // receiver copied now
	defer t.PShow() // &t taken now, name read later
	f := t.Show
	defer f()
	t.name = "after"
}

func early(n int) (s string) {
	defer func() { s += "+deferred" }()
	if n < 0 {
		return "neg"
	}
	if n == 0 {
		return "zero"
	}
	return "pos"
}

var trace []string

func logf(s string) func() {
	trace = append(trace, "enter "+s)
	return func() { trace = append(trace, "exit "+s) }
}

func nested() {
	defer logf("outer")()
	func() {
		defer logf("inner")()
		trace = append(trace, "work")
	}()
}

func deferInLoopClosures() {
	for i := 0; i < 3; i++ {
		defer func() { print(i, " ") }()
	}
}

func calls() (n int) {
	inc := func() { n++ }
	for i := 0; i < 5; i++ {
		defer inc()
	}
	return 100
}

func main() {
	order()
	argsEval()
	receivers()
	println(early(-1), early(0), early(5))
	nested()
	for _, t := range trace {
		println(t)
	}
	deferInLoopClosures()
	println()
	println(calls())

	// deferred nil-safe func values chosen at defer time
	f := func() { println("f original") }
	defer f()
	f = func() { println("f replaced") }
	println("main end")
}
