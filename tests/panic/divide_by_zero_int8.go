// run

// Division by zero for int8 inside a loop of otherwise valid divisions.

package main

func main() {
	var total int8
	for d := int8(3); d >= 0; d-- {
		total += 100 / d
		println("d", d, "total", total)
	}
}
