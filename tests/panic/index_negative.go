// run

// A negative (non-constant) index panics; the message shows only the index.

package main

func main() {
	s := "abc"
	i := 2
	for i >= -1 {
		println("s[", i, "] =", s[i])
		i--
	}
}
