// run

// Conversions between unnamed pointer types whose base types have identical
// underlying types, also to a pointer to another package's type.

package main

import (
	"fmt"
	"time"
)

type myBool bool
type dv time.Duration
type T struct{ n int }
type U T

func main() {
	var b bool
	p := (*myBool)(&b)
	*p = true
	println(b)
	d := dv(1500)
	fmt.Println((*time.Duration)(&d).String())
	t := &T{7}
	u := (*U)(t)
	fmt.Println(u.n)
}
