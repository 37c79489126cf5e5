// run

// Unlocking an unlocked Mutex is a fatal error (not a recoverable panic).

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	defer func() {
		fmt.Println("deferred recover:", recover())
	}()
	fmt.Println("unlocking again")
	mu.Unlock()
}
