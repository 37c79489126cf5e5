// run

// RUnlock without a matching RLock is a fatal error.

package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one more RUnlock")
	rw.RUnlock()
}
