// run

// Functions as values: assigning named functions to variables, passing
// and returning them, func-typed parameters, slices and maps of funcs,
// named func types, nil func comparison, composition, and immediately
// invoked function literals.

package main

type BinOp func(int, int) int
type Pred func(int) bool

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func fold(xs []int, init int, f BinOp) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func filter(xs []int, p Pred) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func not(p Pred) Pred { return func(x int) bool { return !p(x) } }

func pick(name string) func(int, int) int {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	}
	return nil
}

func multi() (func() int, func() string) {
	return func() int { return 1 }, func() string { return "s" }
}

func main() {
	f := add
	println(f(2, 3))
	f = sub
	println(f(2, 3))

	xs := []int{1, 2, 3, 4, 5, 6}
	println(fold(xs, 0, add), fold(xs, 0, sub), fold(xs, 1, func(a, b int) int { return a * b }))

	even := Pred(func(x int) bool { return x%2 == 0 })
	println(len(filter(xs, even)), len(filter(xs, not(even))), filter(xs, not(even))[2])

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(compose(inc, inc), dbl)(1))

	println(pick("add")(10, 4), pick("sub")(10, 4), pick("mul") == nil)

	var nf func()
	println(nf == nil)
	nf = func() { println("called nf") }
	println(nf != nil)
	nf()

	table := map[string]BinOp{"+": add, "-": sub, "*": func(a, b int) int { return a * b }}
	println(table["+"](6, 7), table["-"](6, 7), table["*"](6, 7), table["/"] == nil)

	fns := [3]func() int{}
	for i := range fns {
		fns[i] = func() int { return i * 10 }
	}
	println(fns[0](), fns[1](), fns[2]())

	// immediately invoked
	r := func(a, b int) int { return a*100 + b }(3, 4)
	println(r)
	func() {
		println("iife")
	}()
	v := func() string { return "direct" }()
	println(v)

	a, b := multi()
	println(a(), b())

	// function returning function returning function
	adder := func(x int) func(int) func(int) int {
		return func(y int) func(int) int {
			return func(z int) int { return x + y + z }
		}
	}
	println(adder(1)(2)(3))

	// func values in a struct, called through a field
	type handler struct {
		name string
		fn   func(string) string
	}
	hs := []handler{
		{"upper", func(s string) string { return s + "!" }},
		{"twice", func(s string) string { return s + s }},
	}
	for _, h := range hs {
		println(h.name, h.fn("go"))
	}
}
