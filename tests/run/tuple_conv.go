// run

// The results of a call passed on whole (return f(), g(f())) are each
// converted to the type they are assigned to: a pointer or a struct to
// an interface.

package main

import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }

type Incer interface{ Inc() }

func pair() (*Counter, bool) {
	c := Counter(41)
	return &c, true
}

func asIface() (Incer, bool) {
	return pair()
}

type Point struct {
	X, Y int
	Tags map[string]int
}

func mk() (int, Point) {
	return 7, Point{1, 2, map[string]int{"a": 1}}
}

func show(n int, v any) string {
	return fmt.Sprint(n, " ", v)
}

func format() (string, int, string) { return "%d-%s", 5, "x" }

func main() {
	i, ok := asIface()
	i.Inc()
	fmt.Println(*i.(*Counter), ok)
	fmt.Println(show(mk()))
	fmt.Println(fmt.Sprintf(format()))
}
