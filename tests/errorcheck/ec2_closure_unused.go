// errorcheck

// Unused local variables are reported inside function literals too;
// a variable used only by a closure counts as used.

package main

func main() {
	captured := 1
	f := func() {
		x := 2 // ERROR "declared and not used: x"
		println(captured)
	}
	g := func(a int) int {
		y, z := a, a // ERROR "declared and not used: y"
		return z
	}
	func() {
		w := 3 // ERROR "declared and not used: w"
		inner := func() {
			deep := 4 // ERROR "declared and not used: deep"
		}
		inner()
	}()
	f()
	println(g(1))
}
