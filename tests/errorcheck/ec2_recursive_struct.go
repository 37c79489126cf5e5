// errorcheck

// A struct or array type cannot contain itself except through a
// pointer, slice, map or function.

package main

type Node struct { // ERROR "invalid recursive type: Node refers to itself"
	val  int
	next Node
}

type A struct { // ERROR "invalid recursive type A"
	b B
}

type B struct {
	a [2]A
}

type Arr [3]Arr // ERROR "invalid recursive type: Arr refers to itself"

type OK struct {
	next *OK
	kids []OK
	m    map[string]OK
	f    func(OK) OK
}

func main() {
	var o OK
	println(o.next == nil)
}
