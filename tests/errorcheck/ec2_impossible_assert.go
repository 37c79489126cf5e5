// errorcheck

// A type assertion to a concrete type that cannot implement the
// interface can never succeed.

package main

type I interface {
	M()
}

type T struct{}

func (*T) M() {}

type U struct{}

type V int

func (V) M(x int) {}

func main() {
	var i I = &T{}
	_ = i.(*T)
	_ = i.(T) // ERROR "impossible type assertion: i.\(T\)\s+T does not implement I \(method M has pointer receiver\)"
	_, ok := i.(U) // ERROR "impossible type assertion: i.\(U\)\s+U does not implement I \(missing method M\)"
	_ = i.(V) // ERROR "impossible type assertion: i.\(V\)\s+V does not implement I \(wrong type for method M\)"
	println(ok)
}
