// errorcheck

// Every element of a map literal needs a key, and constant keys must be
// distinct.

package main

type M map[string]int

type P struct{ x, y int }

func main() {
	a := map[string]int{"a": 1, 2} // ERROR "missing key in map literal"
	b := M{3} // ERROR "missing key in map literal"
	c := map[int][]string{1: {"x"}, {"y"}} // ERROR "missing key in map literal"
	d := []int{0: 1, 2}
	e := map[string]int{"a": 1, "b": 2, "a": 3} // ERROR "duplicate key .a. in map literal"
	f := map[int]bool{1: true, 2: false, 1 + 0: true} // ERROR "duplicate key 1 in map literal"
	g := map[float64]string{1.5: "x", 1.50: "y"} // ERROR "duplicate key 1\.5 in map literal"
	h := map[rune]int{'a': 1, 97: 2} // ERROR "duplicate key 97 in map literal"
	i := map[P]int{{1, 2}: 1, {1, 2}: 2}
	k := "a"
	j := map[string]int{k: 1, k: 2}
	println(a, b, c, d, e, f, g, h, i, j)
}
