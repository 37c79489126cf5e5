// run

// Reading a field through a nil struct pointer is a nil pointer
// dereference (SIGSEGV line included in the golden).

package main

type Node struct {
	Val  int
	Next *Node
}

func sum(n *Node, count int) int {
	s := 0
	for i := 0; i < count; i++ {
		s += n.Val
		n = n.Next
	}
	return s
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	println(sum(list, 3))
	println(sum(list, 4))
}
