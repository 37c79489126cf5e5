package main

import (
	"fmt"
	"strings"
)

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println("hello, world")
	var fibs []string
	for i := range 10 {
		fibs = append(fibs, fmt.Sprint(fib(i)))
	}
	fmt.Println(strings.Join(fibs, " "))
	counts := map[string]int{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		counts[w]++
	}
	fmt.Printf("%v %+v %q\n", counts, point{3, 4}, []string{"a", "b"})
}
