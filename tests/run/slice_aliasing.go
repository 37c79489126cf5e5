// run

// Slices of slices and append aliasing: appends within capacity writing
// through shared backing arrays, full slice expressions limiting capacity
// to force copies, copy overlap semantics, re-slicing beyond len up to cap,
// and sub-slices of a buffer mutated via other views. Capacities printed
// only for make([]T, n, c) or full-slice-expression results.

package main

import "fmt"

func main() {
	base := make([]int, 5, 10)
	for i := range base {
		base[i] = i
	}
	a := base[:3]
	b := append(a, 100) // writes base[3]
	fmt.Println(base, a, b, len(a), cap(a), len(b), cap(b))
	c := base[1:3:3]
	d := append(c, 200) // cap exceeded: new array, base untouched
	d[0] = -1
	fmt.Println(base, c, d, cap(c))
	e := base[2:4]
	e = e[:cap(e)]
	fmt.Println(len(e), cap(e), e)
	e[7] = 77
	fmt.Println(base[:10])

	rows := make([][]int, 3)
	backing := make([]int, 9, 9)
	for i := range rows {
		rows[i] = backing[i*3 : i*3+3 : i*3+3]
	}
	rows[1][1] = 5
	fmt.Println(backing, rows)
	rows[0] = append(rows[0], 42) // forced copy, backing unchanged
	rows[0][0] = 1
	fmt.Println(backing, rows, len(rows[0]))

	loose := make([][]int, 3)
	buf := make([]int, 9)
	for i := range loose {
		loose[i] = buf[i*3 : i*3+3] // no cap limit: append clobbers the next row
	}
	loose[0] = append(loose[0], 42)
	fmt.Println(buf, loose)

	s := []int{1, 2, 3, 4, 5, 6}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	bs := make([]byte, 3, 8)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, cap(bs))

	stack := make([]string, 0, 4)
	push := func(v string) { stack = append(stack, v) }
	push("a")
	push("b")
	snapshot := stack
	push("c")
	snapshot = append(snapshot, "X") // overwrites "c" in the shared array
	fmt.Println(stack, snapshot, len(stack), cap(stack))

	matrix := [][]int{{1, 2}, {3, 4}}
	alias := matrix
	alias[0][1] = 20
	alias = append(alias, []int{5})
	fmt.Println(matrix, alias, len(matrix), len(alias))

	filter := func(xs []int, keep func(int) bool) []int {
		out := xs[:0]
		for _, x := range xs {
			if keep(x) {
				out = append(out, x)
			}
		}
		return out
	}
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := filter(nums, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, nums)

	arr := [5]int{10, 20, 30, 40, 50}
	sl := arr[1:4]
	sl[0] = 21
	sl = append(sl, 55) // fits in arr: overwrites arr[4]
	fmt.Println(arr, sl, cap(arr[1:4]), cap(arr[1:2:3]))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS[0:0]), nilS[:0] == nil, append(nilS, nilS...) == nil)
	x3 := make([]int, 2, 5)
	y3 := x3[1:2]
	fmt.Println(len(y3), cap(y3), y3[:4])
	m2 := make([][]int, 2, 3)
	m2 = append(m2[:1], []int{9})
	fmt.Println(m2, len(m2), cap(m2))
}
