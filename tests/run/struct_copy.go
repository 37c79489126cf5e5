// run

// Struct values are copied on assignment, when passed to functions,
// when returned, when stored in slices/maps/arrays, and by range.

package main

type Inner struct {
	A [3]int
	S string
}

type T struct {
	N  int
	In Inner
	Sl []int // slice header copied, backing array shared
}

func modify(t T) T {
	t.N = 100
	t.In.A[0] = 100
	t.In.S = "modified"
	t.Sl[0] = 100
	return t
}

func modifyPtr(t *T) {
	t.N = 200
	t.In.A[1] = 200
}

func mk(n int) T {
	return T{N: n, In: Inner{A: [3]int{n, n, n}, S: "mk"}, Sl: []int{n}}
}

func main() {
	a := T{N: 1, In: Inner{A: [3]int{1, 2, 3}, S: "a"}, Sl: []int{1, 2}}
	b := a
	b.N = 2
	b.In.A[2] = 30
	b.In.S = "b"
	println(a.N, a.In.A[2], a.In.S, b.N, b.In.A[2], b.In.S)
	b.Sl[1] = 99
	println(a.Sl[1], b.Sl[1])
	b.Sl = append(b.Sl, 5)
	println(len(a.Sl), len(b.Sl))

	c := modify(a)
	println(a.N, a.In.A[0], a.In.S, a.Sl[0])
	println(c.N, c.In.A[0], c.In.S, c.Sl[0])

	modifyPtr(&a)
	println(a.N, a.In.A[1])

	// inner struct copy
	in := a.In
	in.A[0] = -1
	println(a.In.A[0], in.A[0])

	// slices of structs: element copy vs index write
	ts := []T{mk(1), mk(2), mk(3)}
	e := ts[1]
	e.N = 50
	println(ts[1].N, e.N)
	ts[1].N = 60
	ts[2].In.A[2] = 77
	println(ts[1].N, ts[2].In.A[2])

	// range copies the element
	for _, t := range ts {
		t.N = 0
		t.In.S = "range"
	}
	println(ts[0].N, ts[0].In.S)
	for i := range ts {
		ts[i].N *= 10
	}
	println(ts[0].N, ts[1].N, ts[2].N)

	// maps hold copies
	m := map[int]T{}
	m[1] = a
	a.N = 999
	println(m[1].N, a.N)
	tmp := m[1]
	tmp.N = 5
	println(m[1].N)
	m[1] = tmp
	println(m[1].N)

	// arrays of structs copy deeply
	arr := [2]Inner{{S: "x"}, {S: "y"}}
	arr2 := arr
	arr2[0].S = "z"
	arr2[1].A[1] = 9
	println(arr[0].S, arr2[0].S, arr[1].A[1], arr2[1].A[1])

	// swap via tuple assignment
	x, y := mk(7), mk(8)
	x, y = y, x
	println(x.N, y.N, x.In.A[0], y.In.A[0])

	// assignment through a function result copy
	println(mk(4).In.A[2], len(mk(4).In.S))
}
