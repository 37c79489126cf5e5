// run

// Shapes through interfaces: Area/Perimeter on value and pointer
// receivers, a Scaler interface only some shapes satisfy (checked with
// assertions), sorting by area via sort.Sort, %T and %v of interface
// values, aggregate statistics, and a type switch over concrete shapes.

package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Scaler interface{ Scale(f float64) }

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Scale(f float64)   { c.R *= f }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func NewSquare(s float64) *Square { return &Square{Rect{s, s}} }
func (s Square) String() string   { return fmt.Sprintf("Square(%g)", s.W) }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func name(s Shape) string {
	switch v := s.(type) {
	case *Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case Circle:
		return fmt.Sprintf("circle(value) r=%g", v.R)
	case *Rect, Rect:
		return fmt.Sprintf("rect %v", v)
	case *Square:
		return "square " + v.String()
	case Triangle:
		return fmt.Sprintf("triangle %g/%g/%g", v.A, v.B, v.C)
	}
	return "?"
}

func main() {
	shapes := []Shape{
		&Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, NewSquare(2), Circle{0.5}, &Rect{1, 10}, Triangle{2, 2, 2},
	}
	for _, s := range shapes {
		fmt.Printf("%-22s %-14T area=%8.4f perim=%8.4f\n", name(s), s, s.Area(), s.Perimeter())
	}
	scaled := 0
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(2)
			scaled++
		}
	}
	fmt.Println("scaled:", scaled)
	sort.Sort(byArea(shapes))
	var total float64
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d %-22s %9.4f %v\n", i, name(s), s.Area(), s)
	}
	fmt.Printf("total=%.3f mean=%.3f\n", total, total/float64(len(shapes)))
	largest := shapes[len(shapes)-1]
	_, isStringer := largest.(fmt.Stringer)
	fmt.Println("largest:", name(largest), isStringer)
	sq := NewSquare(3)
	var s Shape = sq
	var sc Scaler = sq
	sc.Scale(1.0 / 3)
	fmt.Println(s.Area(), sq, *sq, sq.Rect)
	var sv Shape = *sq
	_, ok := sv.(Scaler)
	fmt.Println("value square scaler:", ok)
	counts := map[string]int{}
	for _, s := range shapes {
		counts[fmt.Sprintf("%T", s)]++
	}
	fmt.Println(counts)
}
