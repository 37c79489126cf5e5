// run

// Recovering a panic and panicking again with the same value prints the
// value followed by " [recovered, repanicked]".

package main

func cleanup() {
	if r := recover(); r != nil {
		println("cleaning up after:", r.(string))
		panic(r)
	}
}

func work() {
	defer cleanup()
	println("working")
	panic("disk full")
}

func main() {
	work()
	println("unreachable")
}
