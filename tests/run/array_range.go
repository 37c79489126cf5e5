// run

// Range over arrays: the range expression is evaluated once and, for an
// array value, copied, so modifications inside the loop are not seen by
// the value variable; range over a pointer to array sees them; range
// with only the index does not copy (len is constant); range over
// array-typed function results and struct fields.

package main

var calls int

func getArr() [4]int {
	calls++
	return [4]int{1, 2, 3, 4}
}

type S struct{ arr [3]string }

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	for i, v := range a {
		if i == 0 {
			a[4] = 50 // not seen: range iterates over a copy
			a[1] = 20
		}
		print(v, " ")
	}
	println()
	println(a[1], a[4])

	b := [5]int{1, 2, 3, 4, 5}
	for i, v := range &b {
		if i == 0 {
			b[4] = 50 // seen: range over pointer
			b[1] = 20
		}
		print(v, " ")
	}
	println()

	// slices share, so modifications are visible
	c := []int{1, 2, 3, 4, 5}
	for i, v := range c {
		if i == 0 {
			c[4] = 50
		}
		print(v, " ")
	}
	println()

	// slice of the array: visible
	d := [5]int{1, 2, 3, 4, 5}
	for i, v := range d[:] {
		if i == 0 {
			d[4] = 50
		}
		print(v, " ")
	}
	println()

	// range over function result evaluated once
	s := 0
	for _, v := range getArr() {
		s += v
	}
	println(s, calls)

	// index-only range
	cnt := 0
	var big [100]byte
	for i := range big {
		big[i] = byte(i)
		cnt++
	}
	println(cnt, big[99])

	// range with no variables
	n := 0
	for range [7]struct{}{} {
		n++
	}
	println(n)

	// assigning the array inside the loop does not affect iteration
	e := [3]int{1, 2, 3}
	for _, v := range e {
		e = [3]int{10, 20, 30}
		print(v, " ")
	}
	println(e[0])

	// range over struct field array
	st := S{arr: [3]string{"x", "y", "z"}}
	for i, v := range st.arr {
		st.arr[2] = "Z"
		print(i, v, " ")
	}
	println(st.arr[2])

	// range over pointer to array with index only and nil pointer to array
	var np *[3]int
	k := 0
	for i := range np { // len(*np) is constant; nil pointer not dereferenced
		k += i
	}
	println(k)

	// range over array of arrays copies outer
	g := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range g {
		row[0] = 0
		g[1][1] = 40
		print(row[0], row[1], " ")
	}
	println(g[0][0], g[1][1])

	// reusing existing variables in range
	var idx, val int
	for idx, val = range [3]int{7, 8, 9} {
	}
	println(idx, val)
}
