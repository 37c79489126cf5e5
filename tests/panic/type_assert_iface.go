// run

// A failed type assertion to an interface type names the missing
// method.

package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Square struct{ s int }

func (q Square) Area() int { return q.s * q.s }

func main() {
	var x any = Square{3}
	if a, ok := x.(interface{ Area() int }); ok {
		println("area", a.Area())
	}
	s := x.(Shape)
	println(s.Perimeter())
}
