// Formatting-heavy: fmt.Sprintf with several verbs, 1M times.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	total := 0
	var last string
	for i := 0; i < 1000000; i++ {
		last = fmt.Sprintf("%d:%5.2f|%s|%x|%v", i, float64(i)/7, "item", i*31, point{i, -i})
		total += len(last)
	}
	fmt.Println(total, last)
}
