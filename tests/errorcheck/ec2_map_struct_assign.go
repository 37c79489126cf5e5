// errorcheck

// A field of a struct stored in a map is not addressable and cannot be
// assigned to.

package main

type T struct {
	f int
	g [2]int
}

func main() {
	m := map[string]T{}
	m["k"].f = 1 // ERROR "cannot assign to struct field m\[.k.\].f in map"
	m["k"].f++ // ERROR "cannot assign to struct field m\[.k.\].f in map"
	m["k"].f += 2 // ERROR "cannot assign to struct field m\[.k.\].f in map"
	m["k"].g[0] = 3 // ERROR "cannot assign to m\[.k.\].g\[0\] \(neither addressable nor a map index expression\)"
	pm := map[string]*T{}
	pm["k"].f = 1
}
