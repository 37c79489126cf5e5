// run

// A deferred call panicking while the function is already panicking:
// both panics are printed, the second indented under the first.

package main

func main() {
	defer func() {
		println("in deferred func")
		panic("second panic")
	}()
	println("start")
	panic("first panic")
}
