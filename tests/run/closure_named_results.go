// run

// Closures capturing parameters and named results: a closure that
// writes a named result before return, deferred closures that modify
// named results after return, closures capturing receivers, and
// parameters shadowed inside closures.

package main

func withHelper(x int) (result int) {
	set := func(v int) { result = v * x }
	set(3)
	return // returns what set stored
}

func overwrite() (r int) {
	f := func() { r = 99 }
	defer f()
	return 1
}

func doubleOnReturn(n int) (r int) {
	defer func() { r *= 2 }()
	r = n
	return r + 1
}

func multiNamed(a, b int) (sum, prod int) {
	calc := func() {
		sum = a + b
		prod = a * b
	}
	a++
	calc()
	return
}

func paramMutate(s []int, n int) (int, func() int) {
	f := func() int {
		n++
		return n + len(s)
	}
	f()
	return n, f
}

type Acc struct{ total int }

func (a *Acc) Adder() func(int) {
	return func(v int) { a.total += v }
}

func (a Acc) Snap() func() int {
	return func() int { return a.total }
}

func shadow(x int) func(int) int {
	return func(x int) int { return x * 2 } // parameter shadows
}

func main() {
	println(withHelper(5))
	println(overwrite())
	println(doubleOnReturn(10))
	s, p := multiNamed(3, 4)
	println(s, p)

	n, f := paramMutate([]int{1, 2}, 10)
	println(n, f(), f())

	var acc Acc
	add := acc.Adder()
	add(5)
	add(7)
	snap := acc.Snap()
	add(100)
	println(acc.total, snap())

	println(shadow(100)(3))

	// closure over a result variable of an enclosing literal
	res := func() (out string) {
		app := func(s string) { out += s }
		app("a")
		app("b")
		defer app("!")
		return out + "c"
	}()
	println(res)
}
