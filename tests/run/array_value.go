// run

// Arrays are values: copied on assignment, when passed and returned,
// when stored in structs and slices; len is constant; zero values;
// arrays of strings and bools; array assignment from function results.

package main

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func sum(a [4]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

type Holder struct {
	Data [3]string
}

func rev(a [5]byte) [5]byte {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	println(a[0], b[0])

	c := double(a)
	println(a[1], c[1], sum(a), sum(c))
	doublePtr(&a)
	println(a[1], sum(a))

	var z [4]int
	println(len(z), z[3], sum(z))
	const n = len(z) // constant
	var w [n * 2]bool
	println(n, len(w), w[7])

	h1 := Holder{Data: [3]string{"a", "b", "c"}}
	h2 := h1
	h2.Data[1] = "B"
	println(h1.Data[1], h2.Data[1])

	arrs := [][2]int{{1, 2}, {3, 4}}
	e := arrs[0]
	e[0] = 10
	println(arrs[0][0], e[0])
	arrs[1][1] = 40
	println(arrs[1][1])
	for _, x := range arrs {
		x[0] = -1
	}
	println(arrs[0][0], arrs[1][0])

	m := map[string][2]int{"k": {5, 6}}
	v := m["k"]
	v[0] = 50
	println(m["k"][0], v[0])

	word := [5]byte{'h', 'e', 'l', 'l', 'o'}
	r := rev(word)
	println(string(word[:]), string(r[:]))

	// array assigned from a literal repeatedly
	var acc [3]int
	for i := 0; i < 3; i++ {
		acc = [3]int{acc[1], acc[2], acc[0] + i}
	}
	println(acc[0], acc[1], acc[2])

	// swap whole arrays
	x, y := [2]string{"x0", "x1"}, [2]string{"y0", "y1"}
	x, y = y, x
	println(x[0], x[1], y[0], y[1])

	// array with self-referential assignment reads old value
	p := [3]int{1, 2, 3}
	p = [3]int{p[2], p[0], p[1]}
	println(p[0], p[1], p[2])

	// element-wise assignment with overlapping evaluation
	q := [3]int{1, 2, 3}
	q[0], q[1], q[2] = q[1], q[2], q[0]
	println(q[0], q[1], q[2])
}
