// run

// Maps with struct and array keys: a grid keyed by coordinates, a
// memoization cache keyed by a struct of arguments, arrays as keys
// (anagram grouping by letter counts), nested maps, composite-literal
// keys with elided types, deletion during iteration, and fmt's sorted
// printing of struct/array keyed maps.

package main

import (
	"fmt"
	"sort"
)

type Pos struct{ X, Y int }

func (p Pos) Add(q Pos) Pos { return Pos{p.X + q.X, p.Y + q.Y} }

type binom struct{ n, k int }

var memo = map[binom]int{}
var calls int

func choose(n, k int) int {
	if k == 0 || k == n {
		return 1
	}
	key := binom{n, k}
	if v, ok := memo[key]; ok {
		return v
	}
	calls++
	v := choose(n-1, k-1) + choose(n-1, k)
	memo[key] = v
	return v
}

func main() {
	grid := map[Pos]rune{}
	for y, row := range []string{"#..#", ".##.", "#..#"} {
		for x, c := range row {
			if c == '#' {
				grid[Pos{x, y}] = c
			}
		}
	}
	fmt.Println(len(grid), grid[Pos{0, 0}] == '#', grid[Pos{1, 0}])
	dirs := []Pos{{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}}
	neighbors := map[Pos]int{}
	for p := range grid {
		for _, d := range dirs {
			if _, ok := grid[p.Add(d)]; ok {
				neighbors[p]++
			}
		}
	}
	fmt.Println(neighbors)

	fmt.Println(choose(20, 10), choose(30, 15), calls, len(memo))
	_, cached := memo[binom{10, 5}]
	fmt.Println(cached)

	words := []string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"}
	groups := map[[26]byte][]string{}
	for _, w := range words {
		var k [26]byte
		for _, c := range w {
			k[c-'a']++
		}
		groups[k] = append(groups[k], w)
	}
	var out []string
	for _, g := range groups {
		sort.Strings(g)
		out = append(out, fmt.Sprint(g))
	}
	sort.Strings(out)
	fmt.Println(len(groups), out)

	type edge [2]string
	weights := map[edge]float64{{"a", "b"}: 1.5, {"b", "c"}: 2, {"a", "c"}: 4.25}
	weights[edge{"c", "d"}] = 0.5
	fmt.Println(weights)
	fmt.Println(weights[edge{"a", "b"}], weights[edge{"b", "a"}])

	nested := map[string]map[Pos]bool{}
	for _, name := range []string{"x", "y"} {
		if nested[name] == nil {
			nested[name] = map[Pos]bool{}
		}
		nested[name][Pos{len(name), 1}] = true
	}
	nested["x"][Pos{9, 9}] = false
	fmt.Println(nested, len(nested["x"]), nested["z"][Pos{}])

	for p := range grid {
		if p.X == 0 {
			delete(grid, p)
		}
	}
	fmt.Println(len(grid), grid)

	type rec struct {
		name string
		tags [2]string
		p    *int
	}
	one := 1
	rm := map[rec]int{{"a", [2]string{"t", "u"}, nil}: 1, {"a", [2]string{"t", "u"}, &one}: 2}
	fmt.Println(len(rm), rm[rec{"a", [2]string{"t", "u"}, nil}], rm[rec{"a", [2]string{"t", "u"}, &one}])
	tenth, fifth := 0.1, 0.2
	fk := map[float64]string{tenth + fifth: "sum", 0.3: "lit"}
	fmt.Println(len(fk), fk)
	bk := map[bool][]int{true: {1}, false: {0}}
	fmt.Println(bk)
	ak := map[[0]int]string{{}: "empty-array"}
	fmt.Println(ak, ak[[0]int{}])
	ik := map[interface{ Add(Pos) Pos }]int{Pos{1, 2}: 3}
	fmt.Println(ik[Pos{1, 2}], ik)
}
