// run

// Array literals: [...] length inference, keyed indices with gaps,
// mixing keyed and positional elements, constant-expression keys,
// nested [...] literals, arrays of strings/bools/structs/pointers,
// and typed constant lengths.

package main

const (
	Red = iota
	Green
	Blue
	NumColors
)

type Color int

var names = [...]string{Red: "red", Green: "green", Blue: "blue"}

var sparse = [...]int{5: 50, 1: 10, 20, 9: 90}

type Pt struct{ X, Y int }

func main() {
	println(len(names), names[Green], names[Blue])
	println(len(sparse), sparse[0], sparse[1], sparse[2], sparse[3], sparse[5], sparse[9])

	a := [...]int{1, 2, 3}
	println(len(a), a[2])

	b := [10]int{2: 1, 4: 2, 8: 3}
	s := 0
	for i, v := range b {
		s += i * v
	}
	println(s)

	c := [...]string{3: "d", 0: "a", "b", "c"}
	println(len(c), c[0]+c[1]+c[2]+c[3])

	const k = 2
	d := [...]bool{k * 2: true, k: true}
	println(len(d), d[0], d[2], d[4])

	e := [NumColors]string{}
	println(len(e), e[0] == "")

	nested := [...][2]int{{1, 2}, {3, 4}, 4: {9, 9}}
	println(len(nested), nested[3][0], nested[4][1])

	pts := [...]Pt{{1, 2}, 2: {X: 5}}
	println(len(pts), pts[1].X, pts[2].X, pts[2].Y)

	x, y := 3, 4
	ptrs := [...]*int{&x, nil, &y}
	println(len(ptrs), *ptrs[0], ptrs[1] == nil, *ptrs[2])

	bytes := [...]byte{'G', 'o', '!'}
	println(string(bytes[:]))

	runes := [...]rune{'é', 'ü', '世'}
	println(string(runes[:]), len(string(runes[:])))

	// negative index not allowed; large key
	big := [...]int{999: 1}
	println(len(big), big[999], big[998])

	// typed-constant index
	const idx Color = 2
	cs := [...]string{idx: "two"}
	println(len(cs), cs[idx])

	// array literal as an expression operand
	println([3]int{1, 2, 3}[1], len([...]string{"a", "b"}))
	i := 2
	println([...]int{10, 20, 30}[i])
}
