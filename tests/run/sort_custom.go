// run

// sort.Sort with custom Less methods on several types (multi-key
// ordering with unique keys), sort.Stable preserving input order among
// equal elements, sort.Reverse, sort.IsSorted, sort.Ints/Float64s/
// Strings, sort.Search and SearchInts for binary search.

package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
	City string
}

type byAgeName []Person

func (s byAgeName) Len() int      { return len(s) }
func (s byAgeName) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byAgeName) Less(i, j int) bool {
	if s[i].Age != s[j].Age {
		return s[i].Age < s[j].Age
	}
	return s[i].Name < s[j].Name
}

type byCity []Person

func (s byCity) Len() int           { return len(s) }
func (s byCity) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byCity) Less(i, j int) bool { return s[i].City < s[j].City }

type lengthThenAlpha []string

func (s lengthThenAlpha) Len() int      { return len(s) }
func (s lengthThenAlpha) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s lengthThenAlpha) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}

func people() []Person {
	return []Person{
		{"Mia", 31, "Oslo"}, {"Bob", 25, "Rome"}, {"Eve", 31, "Lima"},
		{"Al", 40, "Oslo"}, {"Cy", 25, "Lima"}, {"Dee", 19, "Rome"},
		{"Zed", 40, "Kyiv"}, {"Ann", 31, "Oslo"}, {"Kim", 19, "Kyiv"},
	}
}

func main() {
	ps := people()
	sort.Sort(byAgeName(ps))
	for _, p := range ps {
		fmt.Printf("%-4s %d %s\n", p.Name, p.Age, p.City)
	}
	fmt.Println(sort.IsSorted(byAgeName(ps)), sort.IsSorted(byCity(ps)))

	ps2 := people()
	sort.Stable(byCity(ps2))
	fmt.Println(ps2)
	sort.Sort(sort.Reverse(byAgeName(ps2)))
	fmt.Println(ps2)

	words := []string{"banana", "fig", "apple", "kiwi", "date", "cherry", "elderberry", "grape", "an"}
	sort.Sort(lengthThenAlpha(words))
	fmt.Println(words)
	sort.Strings(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)

	ints := []int{42, -7, 0, 19, 3, 3, 88, -100, 5}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	for _, x := range []int{3, 4, -100, 100, -1000} {
		fmt.Printf("SearchInts(%d)=%d ", x, sort.SearchInts(ints, x))
	}
	fmt.Println()
	i := sort.Search(len(ints), func(i int) bool { return ints[i] >= 19 })
	fmt.Println("first >= 19 at", i, ints[i])
	fl := []float64{2.5, -1, 3.25, 0, 1e10, -1e-3}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 2.5))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	// Sorting a large pseudo-random slice and verifying it.
	big := make([]int, 500)
	x := uint32(12345)
	for k := range big {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		big[k] = int(x % 1000)
	}
	sort.Ints(big)
	ok := true
	for k := 1; k < len(big); k++ {
		if big[k-1] > big[k] {
			ok = false
		}
	}
	fmt.Println("big sorted:", ok, big[0], big[249], big[499])
	idx := sort.Search(100, func(n int) bool { return n*n >= 2000 })
	fmt.Println("isqrt-ish:", idx)
}
