// run

// The builtin println prints nil pointers, channels, maps and funcs as
// addresses (0x0), not as integers.

package main

func main() {
	var p *int
	var c chan int
	var m map[string]int
	var f func()
	println(p, c, m, f)
	println((*struct{})(nil), (chan<- bool)(nil))
}
