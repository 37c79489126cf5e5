// errorcheck

// A type cannot have two methods of the same name, whatever their
// receivers.

package main

type T struct{}

func (T) M() {}

func (T) M() {} // ERROR "method T.M already declared at .*ec2_method_redeclared\.go:10:10"

func (t *T) N() {}

func (t T) N(x int) {} // ERROR "method T.N already declared at .*ec2_method_redeclared\.go:14:13"

type U int

func (u U) String() string { return "" }

func (u *U) String() string { return "" } // ERROR "method U.String already declared"

func main() {
	var t T
	t.M()
}
