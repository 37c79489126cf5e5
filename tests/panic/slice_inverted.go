// run

// Slicing a string with low > high: s[i:j] with i > j.

package main

func main() {
	s := "hello, world"
	i, j := 3, 8
	for i < 12 {
		println(s[i:j])
		i += 3
	}
}
