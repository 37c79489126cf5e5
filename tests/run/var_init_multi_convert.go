// run

// Package variables initialized from one multi-value expression take each
// value converted to their own type (here interfaces holding the results
// of a comma-ok form), in dependency order.

package main

import "fmt"

var c = b
var d = a

var a, b any = any(nil).(bool)

var m = map[string]int{"k": 7}
var v, ok any = m["k"]
var w, ok2 fmt.Stringer = nil, nil

var ch = func() chan int { c := make(chan int, 1); c <- 4; return c }()
var x, more interface{} = <-ch

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(v, ok)
	fmt.Println(w == nil, ok2 == nil)
	fmt.Println(x, more)
	fmt.Printf("%T %T\n", v, ok)
}
