// run

// Comparing interface values: equal dynamic types and values, different
// dynamic types with equal underlying values, nil interfaces vs typed nil
// pointers, pointer identity, interfaces holding structs and arrays, map
// keys of interface type, and the run-time panic when comparing
// uncomparable dynamic types (recovered and printed).

package main

import "fmt"

type MyInt int
type Point struct{ X, Y int }
type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Sq struct{ S int }

func (s *Sq) Area() int { return s.S * s.S }

func cmp(a, b any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprint(a == b)
}

func main() {
	var a, b any = 3, 3
	fmt.Println(a == b, cmp(3, MyInt(3)), cmp(int64(3), 3), cmp(3.0, 3), cmp("x", "x"))
	fmt.Println(cmp(Point{1, 2}, Point{1, 2}), cmp(Point{1, 2}, Point{2, 1}), cmp([2]int{1, 2}, [2]int{1, 2}))
	fmt.Println(cmp(nil, nil), cmp(nil, 0), cmp(true, true), cmp(MyInt(0), MyInt(0)))

	var sp *Sq
	var s1 Shape = sp
	var s2 Shape
	fmt.Println(s1 == nil, s2 == nil, s1 == s2, sp == nil)
	x, y := &Sq{2}, &Sq{2}
	var i1, i2, i3 Shape = x, y, x
	fmt.Println(i1 == i2, i1 == i3, i1.Area() == i2.Area())
	var r1, r2 Shape = Rect{2, 3}, Rect{2, 3}
	fmt.Println(r1 == r2, r1 == Shape(Rect{3, 2}), r1.Area() == Rect{3, 2}.Area())
	fmt.Println(r1 == any(Rect{2, 3}), any(r1) == any(Rect{2, 3}))

	fmt.Println(cmp([]int{1}, []int{1}))
	fmt.Println(cmp(map[int]int{}, 1))
	fmt.Println(cmp(func() {}, nil))
	fmt.Println(cmp(struct{ s []int }{}, struct{ s []int }{}))
	fmt.Println(cmp([1]any{[]int{}}, [1]any{[]int{}}))
	fmt.Println(cmp([]int{1}, "different types"))
	type holder struct{ v any }
	fmt.Println(cmp(holder{1}, holder{1}), cmp(holder{[]int{}}, holder{[]int{}}))

	m := map[any]string{}
	m[1] = "int 1"
	m[MyInt(1)] = "MyInt 1"
	m[1.0] = "float 1"
	m["1"] = "string 1"
	m[Point{1, 1}] = "point"
	m[[2]string{"a", "b"}] = "array"
	m[nil] = "nil"
	m[true] = "bool"
	fmt.Println(len(m), m[1], m[MyInt(1)], m[1.0], m[Point{1, 1}], m[[2]string{"a", "b"}], m[nil], m[false] == "")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[[]int{1}] = "slice"
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = m[map[string]int{}]
	}()
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	type key struct {
		a any
		n int
	}
	km := map[key]int{{1, 1}: 10, {"1", 1}: 20}
	fmt.Println(km[key{1, 1}], km[key{"1", 1}], km[key{1.0, 1}])
	var pa, pb any = &Point{}, &Point{}
	fmt.Println(pa == pb, pa == pa)
	switch v := a; v {
	case 2, "3":
		fmt.Println("wrong")
	case 3:
		fmt.Println("switch matched int 3")
	}
}
