// errorcheck

// Parameters and results share the function's outermost block with its
// body's top-level declarations.

package main

func f(a int, a string) {} // ERROR "a redeclared in this block"

func g(a int) (a int) { return 0 } // ERROR "a redeclared in this block"

func h(x int) {
	var x int // ERROR "x redeclared in this block"
	println(x)
}

func k() (r int, s string) {
	r, s := 1, "a" // ERROR "no new variables on left side of :="
	return
}

func shadowOK(x int) {
	{
		x := 2
		println(x)
	}
}

func main() {
	f(1, "a")
	println(g(1))
	println(k())
	h(1)
	shadowOK(1)
}
