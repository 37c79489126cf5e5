// run

// Indexing a local array with a non-constant out-of-range index panics
// with the index and the array length.

package main

func main() {
	var grid [5]int
	idx := []int{0, 4, 2, 7, 1}
	for _, i := range idx {
		grid[i]++
		println("set", i)
	}
	println(grid[0])
}
