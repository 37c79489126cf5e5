// errorcheck

// Selecting a field or method that a struct type does not have.

package main

type Point struct {
	X, Y int
}

func (p Point) Len() int { return p.X + p.Y }

type Outer struct {
	Point
	name string
}

func main() {
	p := Point{1, 2}
	println(p.Z) // ERROR "p.Z undefined \(type Point has no field or method Z\)"
	q := &p
	q.foo = 3 // ERROR "q.foo undefined \(type \*Point has no field or method foo\)"
	o := Outer{}
	println(o.X, o.name)
	println(o.Width) // ERROR "o.Width undefined \(type Outer has no field or method Width\)"
	println(p.len()) // ERROR "p.len undefined \(type Point has no field or method len, but does have method Len\)"
	println(o.Name) // ERROR "o.Name undefined \(type Outer has no field or method Name, but does have field name\)"
}
