// run

// When several cases are ready select picks one at random: only the
// totals are deterministic, and every case is chosen at least sometimes.

package main

import "fmt"

func main() {
	a := make(chan int, 1000)
	b := make(chan int, 1000)
	c := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		c <- 3
	}
	counts := [4]int{}
	sum := 0
	for i := 0; i < 1500; i++ {
		select {
		case v := <-a:
			counts[1]++
			sum += v
		case v := <-b:
			counts[2]++
			sum += v
		case v := <-c:
			counts[3]++
			sum += v
		}
	}
	fmt.Println("total", counts[1]+counts[2]+counts[3])
	fmt.Println("all used", counts[1] > 0 && counts[2] > 0 && counts[3] > 0)
	fmt.Println("remaining", len(a)+len(b)+len(c))
	// Drain and check the overall sum.
	for len(a) > 0 {
		sum += <-a
	}
	for len(b) > 0 {
		sum += <-b
	}
	for len(c) > 0 {
		sum += <-c
	}
	fmt.Println("sum", sum)

	// Both a send and a receive ready.
	in := make(chan int, 100)
	out := make(chan int, 100)
	for i := 0; i < 50; i++ {
		in <- i
	}
	sends, recvs := 0, 0
	for i := 0; i < 50; i++ {
		select {
		case <-in:
			recvs++
		case out <- i:
			sends++
		}
	}
	fmt.Println(sends+recvs, len(in)+recvs, len(out) == sends)

	// The same channel in two cases.
	d := make(chan int, 200)
	for i := 0; i < 200; i++ {
		d <- i
	}
	x, y := 0, 0
	for i := 0; i < 200; i++ {
		select {
		case <-d:
			x++
		case <-d:
			y++
		}
	}
	fmt.Println(x+y, x > 0, y > 0)

	// Closed channels are always ready.
	cl1 := make(chan bool)
	cl2 := make(chan bool)
	close(cl1)
	close(cl2)
	n1, n2 := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-cl1:
			n1++
		case <-cl2:
			n2++
		}
	}
	fmt.Println(n1+n2, n1 > 100, n2 > 100)
}
