// run

// Pointers to structs: p.f auto-dereference, (*p).f, &T{...} literals,
// pointers to nested fields, pointer fields inside structs, methods on
// pointer receivers modifying state, and struct pointers in maps.

package main

type Vec struct{ X, Y int }

type Body struct {
	Pos, Vel Vec
	Name     string
	Parent   *Body
}

func step(b *Body) {
	b.Pos.X += b.Vel.X
	b.Pos.Y += b.Vel.Y
}

func root(b *Body) *Body {
	for b.Parent != nil {
		b = b.Parent
	}
	return b
}

func scale(v *Vec, k int) {
	v.X *= k
	(*v).Y *= k
}

func main() {
	b := &Body{Pos: Vec{0, 0}, Vel: Vec{1, 2}, Name: "b"}
	for i := 0; i < 3; i++ {
		step(b)
	}
	println(b.Pos.X, b.Pos.Y, (*b).Pos.X)

	sun := &Body{Name: "sun"}
	earth := &Body{Name: "earth", Parent: sun}
	moon := &Body{Name: "moon", Parent: earth}
	println(root(moon).Name, root(sun).Name, root(moon) == sun)
	println(moon.Parent.Parent.Name)
	moon.Parent.Parent.Name = "SUN"
	println(sun.Name)

	// pointer to a nested field
	pv := &earth.Vel
	pv.X = 7
	scale(pv, 3)
	scale(&earth.Pos, 2)
	println(earth.Vel.X, earth.Vel.Y, earth.Pos.X)

	// struct value vs pointer
	v := Body{Name: "val"}
	pv2 := &v
	pv2.Name = "viaptr"
	println(v.Name)
	w := *pv2
	w.Name = "copy"
	println(v.Name, w.Name)
	*pv2 = Body{Name: "replaced", Vel: Vec{9, 9}}
	println(v.Name, v.Vel.X)

	// map of struct pointers: modify in place
	m := map[string]*Vec{"a": {1, 1}, "b": {2, 2}}
	m["a"].X = 100
	m["b"].Y++
	println(m["a"].X, m["b"].Y)
	pa := m["a"]
	delete(m, "a")
	println(pa.X, len(m))

	// &T{} each evaluation yields a distinct pointer
	var ps []*Vec
	for i := 0; i < 3; i++ {
		ps = append(ps, &Vec{i, i})
	}
	println(ps[0] == ps[1], ps[1] == ps[2], ps[2].X)
	e1 := &struct{ a int }{}
	e2 := &struct{ a int }{}
	println(e1 == e2, *e1 == *e2)

	// pointer-to-struct fields via a chain of pointers
	type Wrapper struct{ B *Body }
	wr := &Wrapper{B: b}
	wr.B.Pos.X = -1
	println(b.Pos.X)
	wr.B = nil
	println(wr.B == nil, b.Pos.X)
}
