// errorcheck

// When the methods have pointer receivers only the pointer type
// implements the interface.

package main

type Stringer interface {
	String() string
}

type Name struct{ s string }

func (n *Name) String() string { return n.s }

func use(s Stringer) {}

func ret() Stringer {
	var n Name
	return n // ERROR "cannot use n \(variable of struct type Name\) as Stringer value in return statement: Name does not implement Stringer \(method String has pointer receiver\)"
}

func main() {
	n := Name{"x"}
	use(&n)
	use(n) // ERROR "Name does not implement Stringer \(method String has pointer receiver\)"
	var s Stringer = n // ERROR "Name does not implement Stringer \(method String has pointer receiver\)"
	println(s, ret())
}
