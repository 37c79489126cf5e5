// run

// panic with a value of a named integer type shows the type name.

package main

type Status int

const (
	OK Status = iota
	NotFound
	Internal
)

func main() {
	s := Internal
	println("status", s)
	panic(s)
}
