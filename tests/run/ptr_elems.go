// run

// Pointers to array and slice elements: &a[i] aliases storage, pointers
// into a slice keep referring to the old backing array after append
// reallocates, pointers into arrays inside structs, and pointer to
// array indexing/len/range.

package main

type Grid struct {
	cells [3][3]int
}

func fill(p *[5]int) {
	for i := range p {
		p[i] = i * i
	}
}

func sumArr(p *[5]int) int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

func main() {
	var a [5]int
	p := &a[2]
	*p = 7
	println(a[2])
	a[2] = 8
	println(*p)

	fill(&a)
	println(a[4], *p, sumArr(&a), len(&a))

	pa := &a
	pa[0] = 100
	println(a[0], (*pa)[0])
	b := *pa // copy
	b[0] = 1
	println(a[0], b[0])

	// slice element pointers
	s := make([]int, 3, 3)
	q := &s[1]
	*q = 5
	println(s[1])
	s = append(s, 4) // must reallocate: cap was 3
	*q = 6
	println(s[1], *q)

	// pointer into a slice that does not reallocate
	t := make([]int, 2, 10)
	r := &t[0]
	t = append(t, 1)
	*r = 9
	println(t[0])

	// sub-slices share; pointers agree
	u := []int{1, 2, 3, 4, 5}
	v := u[2:]
	println(&u[3] == &v[1], &u[0] == &v[0])
	*(&v[0]) = 30
	println(u[2])

	// pointers into a struct's array field
	var g Grid
	c := &g.cells[1][2]
	*c = 12
	row := &g.cells[2]
	row[0] = 20
	println(g.cells[1][2], g.cells[2][0])
	gp := &g
	gp.cells[0][0] = 1
	println(g.cells[0][0])

	// loop variable address: distinct per iteration (Go 1.22)
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])

	// range value address is a copy per iteration
	arr := [3]int{10, 20, 30}
	var eps []*int
	for _, e := range arr {
		eps = append(eps, &e)
	}
	arr[0] = 99
	println(*eps[0], *eps[1], *eps[2])

	// index addresses
	var ips []*int
	for i := range arr {
		ips = append(ips, &arr[i])
	}
	*ips[2] = 333
	println(arr[2], *ips[0])

	// pointer to string element? strings are not addressable; use []byte
	bs := []byte("hello")
	bp := &bs[0]
	*bp = 'j'
	println(string(bs))
}
