// run

package main

import "runtime"

type T struct{ a, b int }
type U struct{ a, b int }

func main() {
	runtime.SetFinalizer(&T{1, 2}, func(*U) {})
}
