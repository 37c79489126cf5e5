// run

// Struct comparison with == and != : field-by-field including nested
// structs, arrays, strings, pointers, floats (NaN, -0), interface fields,
// blank fields ignored, and anonymous struct types.

package main

type P struct{ X, Y int }

type S struct {
	Name string
	Pos  P
	Arr  [2]int8
	Ptr  *int
	F    float64
	B    bool
}

type WithIface struct {
	V any
	N int
}

type Blank struct {
	A int
	_ int
	B int
}

func eq(a, b S) bool { return a == b }

func main() {
	x, y := 1, 1
	a := S{"a", P{1, 2}, [2]int8{3, 4}, &x, 1.5, true}
	b := S{"a", P{1, 2}, [2]int8{3, 4}, &x, 1.5, true}
	println(a == b, a != b, eq(a, b))
	b.Ptr = &y
	println(a == b, "ptr differs even though *ptr equal")
	b.Ptr = &x
	b.Pos.Y = 3
	println(a == b)
	b.Pos.Y = 2
	b.Arr[1] = 5
	println(a == b)
	b.Arr[1] = 4
	b.Name = "a" + ""
	println(a == b)
	b.Name = "b"
	println(a == b, a != b)
	b.Name = "a"

	// floats: NaN != NaN, 0 == -0
	zero := 0.0
	nan := zero / zero
	a.F = nan
	b.F = nan
	println(a == b)
	a.F = zero
	b.F = -zero
	println(a == b)

	var z1, z2 S
	println(z1 == z2, z1 == S{}, a == S{})

	// interface fields compare dynamic type and value
	w1 := WithIface{V: 1, N: 2}
	w2 := WithIface{V: 1, N: 2}
	println(w1 == w2)
	w2.V = int64(1)
	println(w1 == w2)
	w2.V = "1"
	w1.V = "1"
	println(w1 == w2)
	w1.V = nil
	println(w1 == w2)
	w2.V = nil
	println(w1 == w2)
	w1.V = P{1, 2}
	w2.V = P{1, 2}
	println(w1 == w2)

	// blank fields are ignored in comparison
	b1 := Blank{A: 1, B: 2}
	b2 := Blank{A: 1, B: 2}
	println(b1 == b2)

	// anonymous structs with identical types
	u := struct {
		A int
		B string
	}{1, "x"}
	v := struct {
		A int
		B string
	}{1, "x"}
	println(u == v)
	v.B = "y"
	println(u != v)

	// comparison against a literal and in a switch
	p := P{3, 4}
	println(p == P{3, 4}, p == P{4, 3})
	switch p {
	case P{1, 1}:
		println("one")
	case P{3, 4}:
		println("three-four")
	default:
		println("none")
	}

	// empty structs are always equal
	var e1, e2 struct{}
	println(e1 == e2)

	// arrays of structs compare elementwise
	arr1 := [3]P{{1, 1}, {2, 2}, {3, 3}}
	arr2 := arr1
	println(arr1 == arr2)
	arr2[2].Y = 0
	println(arr1 == arr2)
}
