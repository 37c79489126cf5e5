// run

// Array comparison with == and != for element types int, string, float,
// struct, nested arrays, interfaces and pointers; arrays as map keys;
// arrays in switch cases.

package main

type P struct {
	A int
	B string
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	println(a == b, a != b)
	b[2] = 4
	println(a == b, a != b)

	s1 := [2]string{"ab", "c"}
	s2 := [2]string{"a", "bc"}
	println(s1 == s2, s1 == [2]string{"a" + "b", "c"})

	zero := 0.0
	nan := zero / zero
	f1 := [2]float64{1, nan}
	f2 := f1
	println(f1 == f2, f1[0] == f2[0])
	f3 := [2]float64{zero, 1}
	f4 := [2]float64{-zero, 1}
	println(f3 == f4)

	p1 := [2]P{{1, "x"}, {2, "y"}}
	p2 := [2]P{{1, "x"}, {2, "y"}}
	println(p1 == p2)
	p2[1].B = "z"
	println(p1 == p2)

	n1 := [2][2]int{{1, 2}, {3, 4}}
	n2 := n1
	println(n1 == n2)
	n2[1][1] = 0
	println(n1 == n2, n1[0] == n2[0], n1[1] == n2[1])

	i1 := [3]any{1, "a", nil}
	i2 := [3]any{1, "a", nil}
	println(i1 == i2)
	i2[0] = uint(1)
	println(i1 == i2)

	x, y := 1, 1
	ptr1 := [2]*int{&x, &y}
	ptr2 := [2]*int{&x, &y}
	ptr3 := [2]*int{&y, &x}
	println(ptr1 == ptr2, ptr1 == ptr3)

	var e1, e2 [0]int
	println(e1 == e2, len(e1))

	// arrays as map keys
	seen := map[[2]int]int{}
	pairs := [][2]int{{1, 2}, {2, 1}, {1, 2}, {0, 0}, {2, 1}, {1, 2}}
	for _, pr := range pairs {
		seen[pr]++
	}
	println(len(seen), seen[[2]int{1, 2}], seen[[2]int{2, 1}], seen[[2]int{0, 0}], seen[[2]int{5, 5}])

	wk := map[[3]string]bool{{"a", "b", "c"}: true}
	println(wk[[3]string{"a", "b", "c"}], wk[[3]string{"a", "b"}])

	// switch on array value
	for _, k := range [][2]bool{{true, false}, {false, false}, {true, true}} {
		switch k {
		case [2]bool{true, false}:
			println("TF")
		case [2]bool{}:
			println("FF")
		default:
			println("other")
		}
	}

	// bytes arrays compare like strings of equal length
	ba := [4]byte{'a', 'b', 'c', 'd'}
	bb := [4]byte{'a', 'b', 'c', 'd'}
	println(ba == bb, string(ba[:]) == "abcd")
}
