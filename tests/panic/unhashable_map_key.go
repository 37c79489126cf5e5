// run

// Using an interface value holding a slice as a map key panics with
// "hash of unhashable type".

package main

func main() {
	m := map[any]int{}
	m[1] = 1
	m["s"] = 2
	m[[2]int{1, 2}] = 3
	println(len(m))
	var k any = []int{1, 2}
	m[k] = 4
	println(len(m))
}
