// run

package main

func main() {
	n := -1
	println("making")
	s := make([]byte, n)
	println(len(s))
}
