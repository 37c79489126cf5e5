// run

// Infinite recursion in a goroutine exceeds the maximum stack size.

package main

import "fmt"

type frame struct {
	a, b, c, d int
}

func down(n int, f frame) int {
	var local [8]int
	local[n%8] = f.a + n
	return down(n+1, frame{f.b, f.c, f.d, local[n%8]}) + local[(n+3)%8]
}

func main() {
	done := make(chan int)
	go func() {
		done <- down(0, frame{1, 2, 3, 4})
	}()
	fmt.Println("waiting")
	fmt.Println(<-done)
}
