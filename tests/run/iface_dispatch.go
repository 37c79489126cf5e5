// run

// Interfaces and dynamic dispatch: several types implementing one
// interface, slices of interfaces, interface-typed parameters and
// results, reassigning an interface variable to values of different
// dynamic types, and interfaces holding struct values vs pointers.

package main

type Shape interface {
	Area() int
	Perimeter() int
	Name() string
}

type Rect struct{ W, H int }
type Square struct{ S int }
type Tri struct{ A, B, C, H int }

func (r Rect) Area() int      { return r.W * r.H }
func (r Rect) Perimeter() int { return 2 * (r.W + r.H) }
func (r Rect) Name() string   { return "rect" }

func (s *Square) Area() int      { return s.S * s.S }
func (s *Square) Perimeter() int { return 4 * s.S }
func (s *Square) Name() string   { return "square" }
func (s *Square) Grow()          { s.S++ }

func (t Tri) Area() int      { return t.A * t.H / 2 }
func (t Tri) Perimeter() int { return t.A + t.B + t.C }
func (t Tri) Name() string   { return "tri" }

func totalArea(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func biggest(shapes ...Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	sq := &Square{3}
	shapes := []Shape{Rect{2, 5}, sq, Tri{4, 5, 5, 6}, Rect{W: 1, H: 1}}
	for _, s := range shapes {
		println(s.Name(), s.Area(), s.Perimeter())
	}
	println(totalArea(shapes))

	// the interface holds the pointer: mutation through it is visible
	sq.Grow()
	println(shapes[1].Area(), totalArea(shapes))

	// the interface holds a copy of a struct value
	r := Rect{3, 3}
	var s Shape = r
	r.W = 100
	println(s.Area(), r.Area())

	// reassigning dynamic types
	s = Tri{A: 10, H: 10}
	println(s.Name(), s.Area())
	s = sq
	println(s.Name(), s.Area())

	b := biggest(shapes...)
	println(b.Name(), b.Area())
	println(biggest() == nil)

	// method value from an interface
	f := s.Area
	sq.Grow()
	println(f(), s.Area())

	// interface in a struct field and in a map
	type Labeled struct {
		Label string
		Shape
	}
	l := Labeled{"L", Rect{7, 2}}
	println(l.Label, l.Area(), l.Shape.Name())
	m := map[string]Shape{"r": Rect{1, 2}, "s": &Square{5}}
	println(m["r"].Area()+m["s"].Area(), m["none"] == nil)
}
