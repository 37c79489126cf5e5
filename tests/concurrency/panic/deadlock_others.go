// run

// Deadlock with several goroutines blocked too: workers wait on a channel
// that main never writes, main waits on their results.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	never := make(chan int)
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := <-never
			mu.Lock()
			fmt.Println("got", v)
			mu.Unlock()
		}()
	}
	fmt.Println("waiting for workers")
	wg.Wait()
	fmt.Println("unreachable")
}
