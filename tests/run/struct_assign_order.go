// run

// Assignment semantics with structs: tuple assignment swapping fields,
// assignment where the right side reads fields being assigned, a
// function on the right side modifying the struct through a pointer,
// op-assignment on nested fields, and self-assignment of whole structs.

package main

type V struct{ X, Y, Z int }

type Box struct {
	V    V
	Name string
	Arr  [3]int
}

func (b *Box) bump() int {
	b.V.X += 100
	return 1
}

func main() {
	v := V{1, 2, 3}
	v.X, v.Y, v.Z = v.Y, v.Z, v.X
	println(v.X, v.Y, v.Z)

	v = V{v.Z, v.X, v.Y} // reads old values
	println(v.X, v.Y, v.Z)

	b := Box{V: V{1, 1, 1}, Name: "b"}
	b.V.Y = b.bump() // bump changes X; Y gets 1
	println(b.V.X, b.V.Y)

	r := b.bump() // (b.V.X += b.bump() would read b.V.X in unspecified order)
	b.V.X += r
	println(b.V.X)

	b.V = V{b.V.Y, b.V.X, b.V.Z}
	println(b.V.X, b.V.Y, b.V.Z)

	b.Arr[0], b.Arr[1], b.Arr[2] = 5, b.Arr[0], b.Arr[1]
	println(b.Arr[0], b.Arr[1], b.Arr[2])

	// nested compound assignment
	b.V.Z *= 7
	b.V.Z -= 2
	b.V.Z <<= 2
	b.V.Z %= 9
	println(b.V.Z)

	// assigning struct to itself through pointer
	p := &b
	*p = *p
	p.V = p.V
	println(p.V.X, p.Name)

	// exchange two structs via pointers
	c := Box{Name: "c"}
	pb, pc := &b, &c
	*pb, *pc = *pc, *pb
	println(b.Name, c.Name, c.V.X)

	// struct in slice assigned from another element of the same slice
	vs := []V{{1, 2, 3}, {4, 5, 6}}
	vs[0], vs[1] = vs[1], vs[0]
	println(vs[0].X, vs[1].X)
	vs[0] = vs[1]
	vs[1].X = 99
	println(vs[0].X, vs[1].X)

	// assignment through map of structs requires a temp
	m := map[string]V{"a": {1, 1, 1}}
	t := m["a"]
	t.X, t.Y = t.Y+10, t.X+20
	m["a"] = t
	println(m["a"].X, m["a"].Y)
}
