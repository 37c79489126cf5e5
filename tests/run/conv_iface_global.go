// run

// A package-level variable initialized by converting to an interface a
// pointer whose methods are declared later in the file.

package main

import "fmt"

type myErr struct{}

func (e *myErr) Error() string { return "boom" }

var p = &myErr{}
var E = error(p)
var F error = &myErr{}

func main() { fmt.Println(E, F) }
