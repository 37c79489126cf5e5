// errorcheck

// A bare return is not allowed where a named result is shadowed.

package main

func k() (r int) {
	{
		r := 2
		println(r)
		return // ERROR "result parameter r not in scope at return"
	}
}

func ok() (r int) {
	{
		r := 2
		println(r)
	}
	return
}

func main() {
	println(k(), ok())
}
