// run

package main

import "runtime"

type T struct{ a, b int }

func main() {
	t := &T{1, 2}
	runtime.SetFinalizer(t, func(*T) {})
	runtime.SetFinalizer(t, func(*T) {})
}
