// errorcheck

// A struct type cannot have a field and a method with the same name.

package main

type T struct {
	Name string
	size int
}

func (t T) Name() string { return "n" } // ERROR "field and method with the same name Name"

func (t *T) size() int { return 0 } // ERROR "field and method with the same name size"

type E struct{ T }

func (e E) Other() {}

func main() {
	var e E
	e.Other()
}
