// run

// Locking a Mutex twice in the same goroutine, with no one to unlock it,
// deadlocks.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("unreachable")
}
