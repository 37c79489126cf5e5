// run

// Stringer-like patterns printed via println of the method result:
// String on value and pointer receivers, a String method calling other
// String methods, error values and wrapping, and a fmt-free formatter
// that dispatches on interfaces.

package main

type Stringer interface{ String() string }
type error2 interface{ Error() string }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sunday"
	case Monday:
		return "Monday"
	case Tuesday:
		return "Tuesday"
	}
	return "Weekday(" + itoa(int(d)) + ")"
}

type Point struct{ X, Y int }

func (p Point) String() string { return "(" + itoa(p.X) + "," + itoa(p.Y) + ")" }

type Path struct{ pts []Point }

func (p *Path) String() string {
	s := "["
	for i, pt := range p.pts {
		if i > 0 {
			s += " "
		}
		s += pt.String()
	}
	return s + "]"
}

type NotFound struct{ key string }

func (e NotFound) Error() string { return "not found: " + e.key }

type Wrapped struct {
	op  string
	err error2
}

func (w *Wrapped) Error() string  { return w.op + ": " + w.err.Error() }
func (w *Wrapped) Unwrap() error2 { return w.err }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + itoa(n%10)
}

func format(v any) string {
	switch x := v.(type) {
	case error2:
		return "error(" + x.Error() + ")"
	case Stringer:
		return x.String()
	case string:
		return "\"" + x + "\""
	case int:
		return itoa(x)
	}
	return "?"
}

func lookup(k string) (int, error2) {
	if k == "a" {
		return 1, nil
	}
	return 0, &Wrapped{"lookup", NotFound{k}}
}

func main() {
	println(Sunday.String(), Tuesday.String(), Weekday(7).String())
	var s Stringer = Monday
	println(s.String())

	p := Point{1, -2}
	println(p.String())
	path := &Path{}
	path.pts = append(path.pts, p, Point{3, 4}, Point{10, 20})
	println(path.String())
	s = path
	path.pts = path.pts[:1]
	println(s.String())

	items := []any{Monday, Point{0, 0}, path, NotFound{"k"}, "str", 42, 1.5}
	for _, it := range items {
		println(format(it))
	}

	if v, err := lookup("a"); err == nil {
		println("found", v)
	}
	if _, err := lookup("zz"); err != nil {
		println(err.Error())
		if w, ok := err.(*Wrapped); ok {
			println("unwrapped:", w.Unwrap().Error())
			if nf, ok := w.Unwrap().(NotFound); ok {
				println("key", nf.key)
			}
		}
	}

	// Stringer through embedded struct
	type Tagged struct {
		Point
		Tag string
	}
	t := Tagged{Point{5, 6}, "t"}
	println(t.String(), format(t))
}
