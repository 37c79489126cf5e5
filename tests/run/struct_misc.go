// run

// Struct odds and ends: struct tags (declared only), blank fields in
// literals and layout, the empty struct (as value, in slices and maps,
// as set), struct with a single field, recursive types through pointers
// and slices, struct fields of function type, and local struct types.

package main

type Tagged struct {
	Name  string `json:"name"`
	Age   int    `json:"age,omitempty" xml:"age"`
	inner bool   "raw tag"
}

type Padded struct {
	A byte
	_ [7]byte
	B int64
	_ int32
	C int16
}

type Empty struct{}

type Node struct {
	Val      int
	Next     *Node
	Children []Node
}

type Op struct {
	Name string
	F    func(int, int) int
}

type One struct{ V string }

func depth(n *Node) int {
	d := 0
	for ; n != nil; n = n.Next {
		d++
	}
	return d
}

func treeSum(n Node) int {
	s := n.Val
	for _, c := range n.Children {
		s += treeSum(c)
	}
	return s
}

func main() {
	t := Tagged{Name: "x", Age: 3}
	t.inner = true
	println(t.Name, t.Age, t.inner)

	p := Padded{A: 1, B: 2, C: 3}
	q := Padded{A: 1, B: 2, C: 3}
	println(p.A, p.B, p.C, p == q)

	var e Empty
	e2 := Empty{}
	println(e == e2)
	es := make([]Empty, 5)
	es = append(es, Empty{}, struct{}{})
	println(len(es))
	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		set[w] = struct{}{}
	}
	_, hasA := set["a"]
	_, hasZ := set["z"]
	println(len(set), hasA, hasZ)
	var arrE [10]Empty
	println(len(arrE), arrE[3] == Empty{})

	// linked list
	var head *Node
	for i := 1; i <= 5; i++ {
		head = &Node{Val: i, Next: head}
	}
	println(depth(head), head.Val, head.Next.Next.Val)

	// tree with value children
	tree := Node{Val: 1, Children: []Node{
		{Val: 2, Children: []Node{{Val: 4}, {Val: 5}}},
		{Val: 3},
	}}
	println(treeSum(tree), len(tree.Children[0].Children))

	// function-valued fields
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
		{Name: "nil"},
	}
	for _, op := range ops {
		if op.F == nil {
			println(op.Name, "no func")
			continue
		}
		println(op.Name, op.F(7, 3))
	}

	// single-field struct
	o := One{"single"}
	println(o.V, o == One{"single"})

	// local struct type with methods not allowed; just fields
	type local struct {
		a, b int
		c    string
	}
	l := local{1, 2, "three"}
	l.a, l.b = l.b, l.a
	println(l.a, l.b, l.c)
}
