// errorcheck

// Only pointers can be dereferenced.

package main

type T struct{ f int }

func main() {
	x := 1
	t := T{}
	s := []int{1}
	println(*x) // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	println(*t) // ERROR "invalid operation: cannot indirect t \(variable of struct type T\)"
	println(*s) // ERROR "invalid operation: cannot indirect s \(variable of type \[\]int\)"
	*x = 2 // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	p := &t
	println((*p).f, (**&p).f)
	println(*nil) // ERROR "invalid operation: cannot indirect nil"
}
