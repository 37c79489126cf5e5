// Interface method dispatch: 100M calls through an interface over three
// dynamic types.
package main

import "fmt"

type shape interface {
	area() int
	scale(k int) shape
}

type rect struct{ w, h int }
type square struct{ s int }
type tri struct{ b, h int }

func (r rect) area() int            { return r.w * r.h }
func (r rect) scale(k int) shape    { return rect{r.w * k, r.h * k} }
func (s *square) area() int         { return s.s * s.s }
func (s *square) scale(k int) shape { return &square{s.s * k} }
func (t tri) area() int             { return t.b * t.h / 2 }
func (t tri) scale(k int) shape     { return tri{t.b * k, t.h * k} }

func main() {
	shapes := []shape{rect{2, 3}, &square{4}, tri{5, 6}}
	total := 0
	for i := 0; i < 100000000; i++ {
		total += shapes[i%3].area()
	}
	s := shapes[0]
	for i := 0; i < 1000000; i++ {
		s = s.scale(1)
	}
	fmt.Println(total, s.area())
}
