// run

// Interfaces: dynamic dispatch over value and pointer receivers, any,
// comma-ok and panicking type assertions, type switches with nil and
// several types per case, interface comparison.

package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string   { return "circle" }

type Stringer interface{ String() string }
type MyInt int

func (m MyInt) String() string { return "myint" }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string:" + v
	case Stringer:
		return "stringer:" + v.String()
	case []int, []string:
		return "container"
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		println(s.Name())
	}
	println(int(total))
	var x any = 42
	n, ok := x.(int)
	println(n, ok)
	s, ok := x.(string)
	println(s == "", ok)
	println(describe(nil), describe(1), describe("hi"), describe(MyInt(3)), describe([]int{}), describe(2.5))
	var a, b any = 1, 1
	println(a == b, a != b, a == any(2), x == 42)
	var e error
	println(e == nil)
	var sh Shape = Rect{1, 1}
	var sh2 Shape = Rect{1, 1}
	println(sh == sh2)
	st, ok := sh.(Stringer)
	println(st == nil, ok)
	r := sh.(Rect)
	println(int(r.W))
	var anyS any = sh
	if sh3, ok := anyS.(Shape); ok {
		println(sh3.Name())
	}


}
