// run

// Calling a nil function value is a nil pointer dereference; the
// arguments are evaluated first.

package main

var handlers = map[string]func(int) int{
	"double": func(x int) int { return x * 2 },
}

func arg(v int) int {
	println("evaluating argument", v)
	return v
}

func main() {
	println(handlers["double"](21))
	h := handlers["triple"]
	println(h == nil)
	println(h(arg(5)))
}
