// run

// panic with a value of a named string type shows the type and a quoted
// string.

package main

type ErrorCode string

func fail(c ErrorCode) {
	panic(c)
}

func main() {
	println("start")
	fail(ErrorCode("disk \"full\""))
}
