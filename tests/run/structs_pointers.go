// run

// Structs, pointers, arrays and methods: literals, field access through
// values and pointers, value semantics of copies, pointer receivers on
// addressable values, linked lists, arrays and slices of arrays.

package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Big struct {
	A, B, C, D, E int
	S            string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (r Rect) Area() int          { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

type Node struct {
	Val  int
	Next *Node
}

func mkBig(i int) Big { return Big{A: i, E: i * 5, S: "big"} }

func main() {
	p := Point{1, 2}
	q := Point{X: 10}
	r := p.Add(q)
	println(r.X, r.Y)
	r.Scale(3)
	println(r.X, r.Y, r == Point{33, 6}, r != p)
	rc := Rect{Min: Point{0, 0}, Max: Point{4, 5}, Name: "r"}
	println(rc.Area(), rc.Name, rc.Max.Y)
	rc.Max.X = 10
	println(rc.Area())
	pp := &rc.Min
	pp.X = 2
	println(rc.Area(), rc.Min.X)
	var head *Node
	for i := 0; i < 5; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
	b := mkBig(3)
	c := b
	c.A = 100
	println(b.A, c.A, b.E, c.S, b == c, b == mkBig(3))
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	arr2 := arr
	arr2[0] = 99
	println(arr[0], arr2[0], len(arr), arr[4])
	s := arr[1:3]
	s[0] = 77
	println(arr[1], len(s), cap(s))
	x := new(int)
	*x = 42
	y := x
	*y++
	println(*x)
	bs := []Big{mkBig(1), mkBig(2)}
	bs[1].B = 9
	println(bs[1].B, bs[0].A)
	a3 := [...]string{"a", 2: "c"}
	println(len(a3), a3[0], a3[1] == "", a3[2])
	for i, v := range a3 {
		print(i, v, ";")
	}
	println()
	var np *Point
	println(np == nil)
}
