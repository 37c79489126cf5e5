// run

// Struct literals: keyed, positional, partial keyed (zero fill), nested
// literals with elided types inside slices/arrays/maps, field assignment,
// zero values of every field kind.

package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Mixed struct {
	B   bool
	I8  int8
	U16 uint16
	I   int
	S   string
	P   *Point
	Sl  []int
	F   float64
	R   rune
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	r := Point{Y: 7, X: 3}
	var z Point
	println(p.X, p.Y, q.X, q.Y, r.X, r.Y, z.X, z.Y)

	p.X = 10
	p.Y += p.X
	println(p.X, p.Y)

	rc := Rect{Point{0, 0}, Point{4, 5}, "a"}
	println(area(rc), rc.Name, rc.Max.Y)
	rc2 := Rect{Max: Point{X: 3, Y: 3}, Name: "b"}
	println(area(rc2), rc2.Name, rc2.Min.X)
	rc2.Min.X = 1
	rc2.Max.Y *= 2
	println(area(rc2))

	var m Mixed
	println(m.B, m.I8, m.U16, m.I, m.S == "", len(m.S), m.P == nil, m.Sl == nil, len(m.Sl), m.F == 0, m.R)
	m = Mixed{B: true, I8: -5, U16: 65535, S: "hi", Sl: []int{1, 2, 3}, R: 'x'}
	println(m.B, m.I8, m.U16, m.S, len(m.Sl), m.Sl[2], m.R)
	m.U16++
	m.I8 -= 124
	println(m.U16, m.I8)

	// elided types in composite literals
	pts := []Point{{1, 2}, {X: 3}, {}, {Y: -1}}
	for i, pt := range pts {
		println(i, pt.X, pt.Y)
	}
	arr := [...]Rect{{Name: "x"}, {Min: Point{1, 1}, Max: Point{2, 3}, Name: "y"}}
	println(len(arr), arr[0].Name, area(arr[1]), arr[1].Name)
	pp := []*Point{{5, 6}, {X: 7}}
	println(pp[0].X, pp[0].Y, pp[1].X, pp[1].Y)
	mp := map[string]Point{"a": {1, 1}, "b": {Y: 2}}
	println(mp["a"].X, mp["b"].Y, mp["c"].X)

	// literal evaluated directly
	println(Point{8, 9}.Y, area(Rect{Max: Point{2, 2}}))
	println((&Point{4, 4}).X)

	// nested anonymous struct literal
	type Outer struct {
		In struct {
			A int
			B string
		}
		C []Point
	}
	var o Outer
	o.In.A = 4
	o.In.B = "in"
	o.C = append(o.C, Point{1, 1}, Point{2, 2})
	println(o.In.A, o.In.B, len(o.C), o.C[1].X)
	o2 := Outer{In: struct {
		A int
		B string
	}{5, "lit"}}
	println(o2.In.A, o2.In.B, o2.C == nil)
}
