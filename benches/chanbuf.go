// Benchmark: one producer sends 10,000,000 ints through a buffered
// channel of capacity 128 to one consumer; prints the sum.
package main

import "fmt"

const n = 10000000

func main() {
	c := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	sum, count := 0, 0
	for v := range c {
		sum += v
		count++
	}
	fmt.Println("chanbuf:", count, "values, sum", sum)
}
