// run

// Scoping and shadowing: shadowing package names, parameters, and
// builtins (len, true, nil are identifiers), := redeclaring some
// variables in multi-assign, if/switch/for init scopes, shadowing in
// closures, and type names shadowed by variables.

package main

var x = "package x"

func shadowParam(x int) int {
	{
		x := x * 2
		x++
		_ = x
	}
	x += 1
	return x
}

func builtinShadow() {
	len := func(s string) int { return 42 }
	println(len("abc"))
	true := false
	println(true)
	nil := 5
	println(nil)
	{
		println(cap([]int{}))
	}
}

func ifScopes(v int) string {
	if v := v * 10; v > 50 {
		return "big"
	} else if w := v + 1; w > 20 {
		return "medium"
	} else {
		_ = w
	}
	return "small"
}

func main() {
	println(x)
	x := 1
	println(x)
	{
		x := "inner"
		println(x)
		{
			x := 3.0
			_ = x
			println("deepest")
		}
		println(x)
	}
	println(x)

	println(shadowParam(5))
	builtinShadow()
	println(ifScopes(6), ifScopes(3), ifScopes(1))

	// := with at least one new variable reuses the old ones
	a, b := 1, 2
	a, c := 10, 3
	println(a, b, c)

	// switch init scope
	switch y := x + 1; {
	case y > 1:
		y := "switch-case"
		println(y)
	}

	// for scope: loop variable shadowing an outer variable
	i := 100
	for i := 0; i < 2; i++ {
		i := i * 10
		print(i, " ")
	}
	println(i)

	// closure captures the innermost visible variable
	v := 1
	var f func() int
	{
		v := 2
		f = func() int { return v }
		v = 3
	}
	v = 4
	println(f(), v)

	// variable named like a type
	{
		int := "not a type here"
		println(int)
	}
	type string = int
	var s string = 7
	println(s + 1)

	// function-local shadowing of a function name
	shadowParam := 9
	println(shadowParam)

	// err-style redeclaration in nested scopes
	val, ok := lookup(1)
	if ok {
		val, ok := lookup(2)
		println("inner", val, ok)
	}
	println("outer", val, ok)
}

func lookup(k int) (int, bool) { return k * 11, k == 1 }
