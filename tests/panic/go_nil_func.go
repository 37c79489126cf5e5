// run

// A go statement with a nil func value is gc's fatal error in the
// goroutine that runs the statement.

package main

func main() {
	var f func()
	go f()
	select {}
}
