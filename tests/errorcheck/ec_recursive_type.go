// errorcheck

// A defined type cannot be defined in terms of itself.

package main

type T T // ERROR "invalid recursive type: T refers to itself"

type A B // ERROR "invalid recursive type A"

type B A

type C D // ERROR "invalid recursive type C"

type D E

type E C

type OK int

func main() {
	var x OK
	println(x)
}
