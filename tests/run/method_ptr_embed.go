// run

// Embedding by pointer and by value side by side: method sets through
// multiple levels of pointer and value embedding, nil embedded pointers
// with value methods that do not touch the receiver (pointer methods
// can run with a nil receiver), replacing the embedded pointer, and
// interfaces satisfied at different depths.

package main

type Node struct {
	name string
}

func (n *Node) Name() string {
	if n == nil {
		return "<nil node>"
	}
	return n.name
}

func (n *Node) Rename(s string) { n.name = s }

type Level1 struct {
	*Node
	id int
}

type Level2 struct {
	Level1
	extra string
}

type Level3 struct {
	*Level2
}

type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}

func describe(n Namer) string { return "[" + n.Name() + "]" }

func main() {
	shared := &Node{"shared"}
	l1 := Level1{Node: shared, id: 1}
	l2 := Level2{Level1: l1, extra: "e"}
	l3 := Level3{&l2}

	println(l1.Name(), l2.Name(), l3.Name())
	l3.Rename("renamed") // through *Level2 -> Level1 -> *Node
	println(shared.name, l1.Name(), l2.Name())

	// all of these satisfy Renamer through the embedded *Node
	rs := []Renamer{l1, l2, l3, &l2, shared}
	for i, r := range rs {
		r.Rename("n" + string(rune('0'+i)))
	}
	println(shared.name)

	// replacing the embedded pointer in a copy
	l1b := l1
	l1b.Node = &Node{"own"}
	l1b.Rename("own2")
	println(l1.Name(), l1b.Name())

	// nil embedded pointer: pointer method handles nil receiver
	var empty Level1
	println(empty.Name(), empty.Node == nil, describe(empty))

	// Level3 with nil *Level2: accessing promoted through nil would panic,
	// so only check the nil-ness
	var l3nil Level3
	println(l3nil.Level2 == nil)

	// changing l2 after l3 was built is visible (l3 holds &l2)
	l2.extra = "changed"
	l2.id = 42
	println(l3.extra, l3.id, l3.Level1.id)

	// interface value built from Level2 value copies Level1 but shares *Node
	var n Namer = l2
	l2.Node = &Node{"other"}
	println(n.Name(), l2.Name())
}
