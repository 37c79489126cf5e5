// run

// Evaluation order around calls: function value, then arguments left
// to right; f()(g()) calls f first; method receivers evaluated before
// arguments; operands of binary expressions and composite literals are
// evaluated left to right when they contain calls; and assignment
// statements evaluate index operands before the right-hand side runs.

package main

var log string

func note(s string, v int) int {
	log += s
	return v
}

func getF(s string) func(int, int) int {
	log += s
	return func(a, b int) int { return a + b }
}

type R struct{ v int }

func getR(s string) *R {
	log += s
	return &R{1}
}

func (r *R) Add(a, b int) int { return r.v + a + b }

func reset() string {
	s := log
	log = ""
	return s
}

func main() {
	_ = getF("f")(note("a", 1), note("b", 2))
	println(reset())

	_ = getR("r").Add(note("a", 1), note("b", 2))
	println(reset())

	_ = note("x", 1) + note("y", 2)*note("z", 3)
	println(reset())

	_ = []int{note("1", 1), note("2", 2), note("3", 3)}
	println(reset())

	_ = map[int]int{note("k1", 1): note("v1", 1), note("k2", 2): note("v2", 2)}
	println(reset())

	type P struct{ A, B int }
	_ = P{B: note("B", 1), A: note("A", 2)}
	println(reset())

	// nested calls
	_ = note("outer", note("inner1", 1)+note("inner2", 2))
	println(reset())

	// && and || short circuit
	_ = note("L", 0) == 1 && note("R", 0) == 0
	_ = note("L", 1) == 1 || note("R", 0) == 0
	_ = note("L", 1) == 1 && note("R", 0) == 0
	println(reset())

	// assignment: index expressions and operands first, then assignment
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = 1, 9 // arr[0] set: index evaluated before assignment
	println(i, arr[0], arr[1])

	// swap through indexes computed from calls
	xs := []int{10, 20, 30}
	xs[note("i", 0)], xs[note("j", 2)] = xs[note("k", 2)], xs[note("l", 0)]
	println(xs[0], xs[2], reset())

	// return values of a multi-value call passed through
	a, b := two()
	println(a, b, sum2(two()))

	// defer evaluates function value and args immediately
	func() {
		defer getF("deferF")(note("da", 1), note("db", 2))
		log += "body"
	}()
	println(reset())

	// function value nil is only detected when called, after args
	var nf func(int)
	func() {
		defer func() { recover(); println("recovered, log:", reset()) }()
		nf(note("arg", 1))
	}()
}

func two() (int, int)   { return 3, 4 }
func sum2(a, b int) int { return a + b }
