// run

// A panic raised by a deferred call while another panic unwinds, then
// recovered: the first panic's record is abandoned with its frame, and the
// collector must not follow it afterwards.

package main

import (
	"fmt"
	"runtime"
)

type payload struct {
	id    int
	parts []string
}

func churn(n int) {
	for i := 0; i < n; i++ {
		_ = &payload{-1, []string{"p", "p"}}
	}
}

func main() {
	for round := 0; round < 3; round++ {
		r := func() (r interface{}) {
			defer func() { r = recover() }()
			defer func() { panic(&payload{5 + round, nil}) }()
			panic(&payload{4, nil})
		}()
		churn(50000)
		runtime.GC()
		fmt.Println(r.(*payload).id)
	}
}
