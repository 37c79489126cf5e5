// run

package main

func main() {
	s := make([]int, 3, 8)
	n := 9
	println(len(s[:8]))
	println(len(s[2:n]))
}
