// run

// Pointer comparison: equal only when pointing to the same variable;
// pointers to distinct zero-size variables are not required to differ
// (not tested); pointers as map keys; pointer identity through
// interfaces; comparing pointers of a named pointer type.

package main

type T struct{ a, b int }

type PT *T

func same(p, q *T) bool { return p == q }

func main() {
	t1 := &T{1, 2}
	t2 := &T{1, 2}
	t3 := t1
	println(same(t1, t2), same(t1, t3), *t1 == *t2)

	// addresses of fields
	println(&t1.a == &t3.a, &t1.a == &t2.a)

	// pointers as map keys: identity, not contents
	m := map[*T]string{}
	m[t1] = "one"
	m[t2] = "two"
	m[t3] = "three" // same key as t1
	println(len(m), m[t1], m[t2])
	_, ok := m[&T{1, 2}]
	println(ok)

	// pointers inside interfaces compare by pointer identity
	var i1, i2 any = t1, t3
	var i3 any = t2
	println(i1 == i2, i1 == i3)
	var nilT *T
	var i4 any = nilT
	println(i4 == nil, i4 == any((*T)(nil)), nilT == nil)

	// named pointer type
	var np PT = t1
	println(np == t1, (*T)(np) == t3)

	// array elements
	var arr [4]int
	println(&arr[1] == &arr[1], &arr[1] == &arr[2])
	ps := arr[:]
	println(&ps[3] == &arr[3])

	// pointer comparison in a search
	nodes := []*T{{0, 0}, {1, 1}, {2, 2}, {3, 3}}
	target := nodes[2]
	for i, n := range nodes {
		if n == target {
			println("found at", i)
		}
	}

	// pointers to package variables
	println(&g1 == &g1, &g1 == &g2, pg == &g2)
	*pg = 5
	println(g2)
}

var g1, g2 int
var pg = &g2
