// run

// Pointers: &x, new(T), reads and writes through *p, pointers to every
// basic type, aliasing between two pointers, functions modifying through
// pointers, swap, pointer equality and nil comparisons.

package main

func incr(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func setAll(pi *int, ps *string, pb *bool, pf *float64, pu *uint8) {
	*pi = -42
	*ps = "set"
	*pb = !*pb
	*pf = *pf * 2
	*pu += 255
}

func maybe(ok bool) *int {
	if !ok {
		return nil
	}
	return new(int)
}

func main() {
	x := 10
	p := &x
	println(*p, x)
	*p = 20
	println(*p, x)
	x = 30
	println(*p)
	incr(p)
	incr(&x)
	println(x)

	q := p
	*q += 5
	println(x, p == q, *p == *q)

	y := 37
	println(p == &y, p != &y)
	swap(&x, &y)
	println(x, y)

	n := new(int)
	println(*n, n != nil)
	*n = 3
	m := new(int)
	*m = 3
	println(*n == *m, n == m)

	var i int
	s := "orig"
	b := false
	f := 1.25
	var u uint8 = 3
	setAll(&i, &s, &b, &f, &u)
	println(i, s, b, f == 2.5, u)

	var np *int
	println(np == nil, maybe(false) == nil, maybe(true) == nil)
	ps := maybe(true)
	*ps = 8
	println(*ps)

	// new of composite types
	pa := new([3]int)
	pa[1] = 5
	(*pa)[2] = 6
	println(pa[0], pa[1], pa[2], len(pa))
	psl := new([]string)
	println(*psl == nil, len(*psl))
	*psl = append(*psl, "a", "b")
	println(len(*psl), (*psl)[1])
	pm := new(map[string]int)
	println(*pm == nil, len(*pm))

	// pointer held in a slice
	vals := []int{1, 2, 3}
	ptrs := []*int{&vals[0], &vals[2], &x}
	for _, pp := range ptrs {
		*pp *= 100
	}
	println(vals[0], vals[1], vals[2], x)

	// pointer assignment in a loop
	a, c := 1, 2
	cur := &a
	for k := 0; k < 5; k++ {
		*cur += k
		if cur == &a {
			cur = &c
		} else {
			cur = &a
		}
	}
	println(a, c)
}
