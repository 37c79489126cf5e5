// errorcheck

// Constant specs need exactly one init expression per name; a spec
// without expressions repeats the previous list, which must fit too.

package main

const a, b = 1 // ERROR "missing init expr for b"
const c = 1, 2 // ERROR "extra init expr 2"

const (
	d, e = 1, 2
	f // ERROR "extra init expr"
	g, h
	i, j, k // ERROR "missing init expr for k"
)

func main() {
	println(a, b, c, d, e, f, g, h, i, j, k)
}
