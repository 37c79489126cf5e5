// errorcheck

// Type switch cases must be types that could implement the switched
// interface, and the switch needs an interface operand.

package main

type I interface {
	M()
}

type T struct{}

func (*T) M() {}

type U struct{}

func main() {
	var i I = &T{}
	switch i.(type) {
	case *T:
	case T: // ERROR "impossible type switch case: T\s+i \(variable of interface type I\) cannot have dynamic type T \(method M has pointer receiver\)"
	case U: // ERROR "impossible type switch case: U\s+i \(variable of interface type I\) cannot have dynamic type U \(missing method M\)"
	}
	n := 3
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	case int:
	}
	switch v := i.(type) { // ERROR "v declared and not used"
	case *T:
	}
}
