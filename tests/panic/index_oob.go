// run

// Indexing a string one past its end panics with the index and length.

package main

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "hello"
	for i := 0; i <= len(s); i++ {
		println(i, at(s, i))
	}
	println("unreachable")
}
