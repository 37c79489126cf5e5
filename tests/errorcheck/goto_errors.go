// errorcheck

// goto jumping over variable declarations or into blocks.

package main

func main() {
	goto skip // ERROR "goto skip jumps over declaration of x"
	x := 1
skip:
	println(x)
	goto inner // ERROR "goto inner jumps into block"
	{
	inner:
		println("in block")
	}
}
