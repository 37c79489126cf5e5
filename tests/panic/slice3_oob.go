// run

package main

func main() {
	s := make([]string, 4)
	i, j, k := 1, 3, 2
	println(len(s[i:j:4]))
	println(len(s[i:j:k]))
}
