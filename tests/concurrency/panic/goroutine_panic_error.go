// run

// An unrecovered runtime error in the third goroutine started by main,
// after the first two have finished.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("ok goroutine", i)
		}()
		wg.Wait()
	}
	idx := []int{1, 2, 3}
	block := make(chan int)
	go func() {
		n := len(idx) + 2
		fmt.Println(idx[n])
		block <- 1
	}()
	<-block
}
