// run

// Scopes and shadowing: blocks, if/for/switch init statements, function
// parameters and package-level names.

package main

var x = "package x"

var len2 = 5 // not the builtin

func show() {
	println("show sees", x)
}

func param(x int) int {
	x++ // the parameter, not the package variable
	return x
}

func main() {
	println(x)
	x := 1
	println(x)
	{
		x := 2.5
		println(x)
		{
			x := "innermost"
			println(x)
		}
		println(x)
	}
	println(x)
	show()
	println(param(41))

	if x := x * 10; x > 5 {
		println("if x", x)
	} else {
		println("else x", x)
	}
	println("after if", x)

	if y := 3; y > 10 {
		println("no")
	} else if z := y * 2; z == 6 {
		println("else-if sees y and z", y, z)
	} else {
		println(y, z)
	}

	for x := 0; x < 2; x++ {
		x := x + 100
		println("loop x", x)
	}
	println("after for", x)

	switch x := "switched"; x {
	case "switched":
		x := x + "!"
		println(x)
	}
	println("after switch", x)

	// shadowing a builtin and a type name
	{
		len := func2()
		println("len is", len)
		true := false
		println("true is", true)
		int := 3
		println("int is", int)
	}
	println(len("still builtin"), true)

	// := with one new variable assigns to the existing one
	a, b := 1, 2
	{
		a, c := 10, 20
		println(a, b, c)
	}
	a, d := 30, 40
	println(a, b, d, len2)
}

func func2() int { return 99 }
