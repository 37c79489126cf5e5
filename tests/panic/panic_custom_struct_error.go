// run

// A struct value with a value-receiver Error method recovered, inspected
// and then a new panic raised with a different error value.

package main

type Op struct {
	Name string
	Code int
}

func (o Op) Error() string { return "op " + o.Name + " failed" }

func run(name string) {
	defer func() {
		r := recover()
		if o, ok := r.(Op); ok && o.Code > 1 {
			println("escalating", o.Name)
			panic(Op{Name: o.Name + "-fatal", Code: 99})
		}
	}()
	panic(Op{Name: name, Code: len(name)})
}

func main() {
	run("x")
	println("x survived")
	run("write")
	println("unreachable")
}
