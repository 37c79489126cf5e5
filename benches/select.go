// Benchmark: two producers each send 2,500,000 messages on their own
// unbuffered channel; one consumer selects over both until both are
// closed (5,000,000 selects with two cases); prints per-source counts and
// sums.
package main

import "fmt"

const perProducer = 2500000

func produce(c chan<- int, base int) {
	for i := 0; i < perProducer; i++ {
		c <- base + i
	}
	close(c)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(a, 0)
	go produce(b, 1000000000)
	var countA, countB, sumA, sumB int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			countA++
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			countB++
			sumB += v
		}
	}
	fmt.Println("select:", countA, countB, sumA, sumB)
}
