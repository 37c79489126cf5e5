// run

// Deferred closures modifying named results: after return sets the
// results, defers may read and change them; unnamed results cannot be
// changed; multiple defers compose in LIFO order; return with
// expressions that reference the named result.

package main

func triple() (n int) {
	defer func() { n *= 3 }()
	return 5
}

func compose() (n int) {
	defer func() { n += 1 }()  // runs second
	defer func() { n *= 10 }() // runs first
	return 2
}

func unnamed() int {
	n := 5
	defer func() { n *= 100 }()
	return n // value copied before defers run
}

func readResult() (r int) {
	defer func() { println("defer sees r =", r) }()
	r = 1
	return r + 41
}

func multi() (a int, b string) {
	defer func() {
		a, b = a*2, b+b
	}()
	return 21, "ab"
}

func bare() (x, y int) {
	defer func() { x, y = y, x }()
	x, y = 1, 2
	return
}

func errResult(fail bool) (err error2) {
	defer func() {
		if err != nil {
			err = wrapped{"ctx", err}
		}
	}()
	if fail {
		return simple("bad")
	}
	return nil
}

type error2 interface{ Error() string }
type simple string

func (s simple) Error() string { return string(s) }

type wrapped struct {
	ctx string
	err error2
}

func (w wrapped) Error() string { return w.ctx + ": " + w.err.Error() }

func counter() (count int) {
	for i := 0; i < 3; i++ {
		defer func() { count++ }()
	}
	return 10
}

func shadowed() (x int) {
	defer func() { x++ }()
	{
		x := 100 // shadows the result
		_ = x
	}
	return 7
}

func deferArg() (x int) {
	defer func(v int) { x = v + 1000 }(x) // x is 0 at defer time
	x = 5
	return x
}

func main() {
	println(triple())
	println(compose())
	println(unnamed())
	println(readResult())
	a, b := multi()
	println(a, b)
	x, y := bare()
	println(x, y)
	println(errResult(false) == nil)
	println(errResult(true).Error())
	println(counter())
	println(shadowed())
	println(deferArg())
}
