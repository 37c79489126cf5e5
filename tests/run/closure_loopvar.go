// run

// Closures capturing loop variables with Go 1.22 per-iteration semantics:
// three-clause for loops (including modification of the variable in the
// body and in the post statement), range over slices/maps/ints/strings,
// closures deferred in loops, and variables declared outside the loop
// that remain shared.

package main

import (
	"fmt"
	"sort"
)

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// The body modifies i; the copy for the next iteration starts from the modified value.
	var gs []func() int
	for i := 0; i < 10; i++ {
		gs = append(gs, func() int { return i })
		i += 2
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println(len(gs))

	// Closures that modify their own per-iteration copy.
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i++; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2](), incs[2]())

	// Shared variable declared outside.
	shared := 0
	var adds []func()
	for k := 1; k <= 3; k++ {
		adds = append(adds, func() { shared += k })
	}
	for _, a := range adds {
		a()
	}
	fmt.Println("shared:", shared)

	var rs []func() string
	for idx, s := range []string{"a", "b", "c"} {
		rs = append(rs, func() string { return fmt.Sprint(idx, s) })
	}
	for _, r := range rs {
		fmt.Print(r(), ";")
	}
	fmt.Println()

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	got := []string{}
	var ms []func()
	for k, v := range m {
		ms = append(ms, func() { got = append(got, fmt.Sprintf("%s=%d", k, v)) })
	}
	for _, f := range ms {
		f()
	}
	sort.Strings(got)
	fmt.Println(got)

	var ns []func() int
	for n := range 5 {
		ns = append(ns, func() int { return n * n })
	}
	for _, f := range ns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var runes []func() rune
	for _, r := range "héllo" {
		runes = append(runes, func() rune { return r })
	}
	for _, f := range runes {
		fmt.Printf("%c", f())
	}
	fmt.Println()

	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("defer ", i, "; ") }()
		}
	}()
	fmt.Println()

	// Pointers to loop variables are distinct per iteration.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	var vptrs []*string
	for _, s := range []string{"p", "q"} {
		vptrs = append(vptrs, &s)
	}
	fmt.Println(*vptrs[0], *vptrs[1])

	// Labeled nested loops with captures.
	var pairs []func() [2]int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue outer
			}
			if i == 2 && j == 1 {
				break outer
			}
			pairs = append(pairs, func() [2]int { return [2]int{i, j} })
		}
	}
	for _, p := range pairs {
		fmt.Print(p(), " ")
	}
	fmt.Println()
}
