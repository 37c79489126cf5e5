// run

// A set type built on map[string]struct{}: variadic constructor, methods
// with value receivers on a map type (mutation visible through copies),
// Union/Intersect/Difference/SymDiff, subset and equality checks, sorted
// String output, sets of struct keys, and a bitmask-based power set.

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := make(Set, len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(x string)      { s[x] = struct{}{} }
func (s Set) Remove(x string)   { delete(s, x) }
func (s Set) Has(x string) bool { _, ok := s[x]; return ok }
func (s Set) Len() int          { return len(s) }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
func (s Set) String() string { return "{" + strings.Join(s.Sorted(), ", ") + "}" }

func (s Set) Union(o Set) Set {
	r := NewSet(s.Sorted()...)
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := NewSet()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) Diff(o Set) Set {
	r := NewSet()
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) SymDiff(o Set) Set { return s.Diff(o).Union(o.Diff(s)) }

func (s Set) SubsetOf(o Set) bool {
	for k := range s {
		if !o.Has(k) {
			return false
		}
	}
	return true
}

func (s Set) Equal(o Set) bool { return len(s) == len(o) && s.SubsetOf(o) }

type Point struct{ X, Y int }
type PointSet map[Point]bool

func powerSet(items []string) []string {
	var out []string
	for mask := 0; mask < 1<<len(items); mask++ {
		var parts []string
		for i, it := range items {
			if mask&(1<<i) != 0 {
				parts = append(parts, it)
			}
		}
		out = append(out, "{"+strings.Join(parts, ",")+"}")
	}
	return out
}

func main() {
	a := NewSet("go", "rust", "c", "zig")
	b := NewSet("rust", "python", "go", "java")
	fmt.Println(a, b, a.Len(), b.Len())
	fmt.Println("union:", a.Union(b))
	fmt.Println("inter:", a.Intersect(b))
	fmt.Println("a-b:", a.Diff(b), "b-a:", b.Diff(a))
	fmt.Println("sym:", a.SymDiff(b))
	fmt.Println(a.Intersect(b).SubsetOf(a), a.SubsetOf(b), NewSet().SubsetOf(a), a.Equal(NewSet("c", "go", "zig", "rust")))

	alias := a
	alias.Add("odin")
	alias.Remove("c")
	fmt.Println(a, a.Has("odin"), a.Has("c"))
	var nilSet Set
	fmt.Println(nilSet.Has("x"), nilSet.Len(), nilSet, nilSet.Union(a).Len())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilSet.Add("boom")
	}()
	fmt.Printf("%v %s %d\n", a, b, len(a))

	ps := PointSet{}
	for i := 0; i < 10; i++ {
		ps[Point{i % 3, i % 2}] = true
	}
	fmt.Println(len(ps), ps)
	byX := map[int]int{}
	for p := range ps {
		byX[p.X]++
	}
	fmt.Println(byX, ps[Point{2, 1}], ps[Point{5, 5}])

	fmt.Println(powerSet([]string{"a", "b", "c"}))
	fmt.Println(len(powerSet(strings.Split("abcdefgh", ""))))
	words := strings.Fields("the cat and the hat and the bat")
	seen := NewSet()
	var dups []string
	for _, w := range words {
		if seen.Has(w) {
			dups = append(dups, w)
		}
		seen.Add(w)
	}
	fmt.Println(seen, dups, NewSet(dups...))
}
