// run

package main

func at(s []int, i int) int { return s[i] }

func main() {
	s := make([]int, 3, 8)
	println(at(s, 2))
	println(at(s, 5))
}
