// run

// Stacks grow (by copying) inside deferred calls run by a panic, in
// several goroutines at once; the recovering frame still finds its
// results and the panic record.

package main

import "fmt"

func deep(n int) int {
	var a [64]int
	a[n%64] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + a[n%64]
}

func f(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = deep(20000+i) + len(fmt.Sprint(e))
		}
	}()
	defer func() {
		_ = deep(5000 * (i + 1))
	}()
	var m map[string]int
	m["x"] = i
	return -1
}

func main() {
	done := make(chan int)
	for i := 0; i < 8; i++ {
		go func(i int) { done <- f(i) }(i)
	}
	s := 0
	for i := 0; i < 8; i++ {
		s += <-done
	}
	fmt.Println(s, f(3))
}
