// run

// Directional channel types: chan<- and <-chan as parameters, results,
// variables and struct fields; implicit conversion from chan T.

package main

import (
	"fmt"
	"strings"
)

func produce(out chan<- string, words []string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func upper(in <-chan string, out chan<- string) {
	for w := range in {
		out <- strings.ToUpper(w)
	}
	close(out)
}

func collect(in <-chan string) []string {
	var r []string
	for w := range in {
		r = append(r, w)
	}
	return r
}

func counter(n int) <-chan int {
	c := make(chan int, n)
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	return c
}

type Pipe struct {
	In  chan<- int
	Out <-chan int
}

func newPipe() Pipe {
	c := make(chan int, 8)
	return Pipe{In: c, Out: c}
}

func main() {
	a := make(chan string)
	b := make(chan string)
	go produce(a, []string{"go", "chan", "select"})
	go upper(a, b)
	fmt.Println(collect(b))

	sum := 0
	for v := range counter(6) {
		sum += v
	}
	fmt.Println("sum", sum)

	p := newPipe()
	p.In <- 3
	p.In <- 4
	fmt.Println(len(p.Out), cap(p.Out), <-p.Out, <-p.Out)
	close(p.In)
	_, ok := <-p.Out
	fmt.Println(ok)

	// Assignments from bidirectional channels to directional variables.
	c := make(chan int, 1)
	var s chan<- int = c
	var r <-chan int = c
	s <- 77
	fmt.Println(<-r)
	fmt.Printf("%T %T %T\n", c, s, r)

	// Function values with directional parameters.
	send := func(c chan<- int, v int) { c <- v }
	recv := func(c <-chan int) int { return <-c }
	send(c, 5)
	fmt.Println(recv(c))

	// Channel of receive-only channels.
	cc := make(chan (<-chan int), 2)
	cc <- counter(2)
	cc <- counter(3)
	close(cc)
	total := 0
	for ch := range cc {
		for v := range ch {
			total += v + 1
		}
	}
	fmt.Println("total", total)
}
