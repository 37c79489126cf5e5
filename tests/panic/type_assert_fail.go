// run

// A failed single-result type assertion from any to a concrete type
// panics with the dynamic and asserted types.

package main

func get(i int) any {
	if i%2 == 0 {
		return i
	}
	return "odd"
}

func main() {
	total := 0
	for i := 0; i < 4; i++ {
		total += get(i).(int)
		println("ok", i, total)
	}
}
