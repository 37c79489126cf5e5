// run

// Comparing two interface values holding the same uncomparable dynamic
// type (a slice) panics at run time.

package main

func eq(a, b any) bool { return a == b }

func main() {
	println(eq(1, 1), eq("a", "b"), eq([2]int{}, [2]int{}))
	println(eq([]int{1}, 1)) // different types: false, no panic
	println(eq([]int{1}, []int{1}))
}
