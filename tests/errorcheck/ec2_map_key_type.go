// errorcheck

// Map keys must be comparable: slices, maps, functions and structs
// containing them are not.

package main

type S struct {
	name string
	list []int
}

type K struct {
	a int
	b [2]string
}

func main() {
	var a map[[]int]string // ERROR "invalid map key type \[\]int"
	b := map[func()]int{} // ERROR "invalid map key type func\(\)"
	c := make(map[map[string]int]bool) // ERROR "invalid map key type map\[string\]int"
	var d map[S]int // ERROR "invalid map key type S"
	e := map[K]int{}
	f := map[[2][]int]int{} // ERROR "invalid map key type \[2\]\[\]int"
	var g map[any]int
	var h map[*S]int
	println(a, b, c, d, e, f, g, h)
}
