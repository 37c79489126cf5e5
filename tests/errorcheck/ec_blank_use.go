// errorcheck

// The blank identifier can be assigned to but never read.

package main

func main() {
	x := _ // ERROR "cannot use _ as value or type"
	println(_) // ERROR "cannot use _ as value or type"
	_ = _ // ERROR "cannot use _ as value or type"
	var _ = 1
	_, y := 2, 3
	println(x, y + _) // ERROR "cannot use _ as value or type"
}
