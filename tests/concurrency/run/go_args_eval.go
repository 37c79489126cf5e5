// run

// The function value and the arguments of a go statement are evaluated
// in the calling goroutine, at the go statement.

package main

import "fmt"

var trace []string

func arg(name string, v int) int {
	trace = append(trace, name)
	return v
}

func report(c chan string, a, b int, s string) {
	c <- fmt.Sprint(a, " ", b, " ", s)
}

type T struct{ n int }

func (t T) show(c chan string) { c <- fmt.Sprint("T", t.n) }

func pick(name string) func(c chan string, a, b int, s string) {
	trace = append(trace, "func "+name)
	return report
}

func main() {
	c := make(chan string)
	x := 1
	s := "before"
	go report(c, x, arg("second", x+1), s)
	x = 50
	s = "after"
	fmt.Println(<-c)

	// Function value evaluated before the go statement returns.
	go pick("p")(c, arg("a", 7), arg("b", 8), "z")
	fmt.Println(<-c)
	fmt.Println(trace)

	// Loop: each goroutine sees the value of i at its go statement.
	res := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(v int) { res <- v * 10 }(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-res
	}
	fmt.Println("sum", sum)

	// Receiver copied at the go statement for value methods.
	t := T{1}
	go t.show(c)
	t.n = 2
	fmt.Println(<-c)

	// Slice argument: header copied, backing array shared.
	sl := []int{1, 2, 3}
	done := make(chan []int)
	go func(v []int) {
		v[0] = 99
		done <- v
	}(sl)
	sl = append(sl, 4)
	v := <-done
	fmt.Println(v, len(sl))

	// Array argument is copied.
	arr := [3]int{1, 2, 3}
	adone := make(chan [3]int)
	go func(a [3]int) {
		a[1] = 42
		adone <- a
	}(arr)
	fmt.Println(<-adone, arr)

	// Variadic arguments to a goroutine.
	vc := make(chan int)
	go func(xs ...int) {
		t := 0
		for _, x := range xs {
			t += x
		}
		vc <- t
	}(1, 2, 3, 4)
	fmt.Println(<-vc)
	nums := []int{10, 20}
	go func(xs ...int) { vc <- len(xs) + xs[1] }(nums...)
	fmt.Println(<-vc)
}
