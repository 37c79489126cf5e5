// run

// main, wired to its thread, blocks for good after a sleeper goroutine
// ends and a collection runs: still a deadlock, though main's thread
// waits for it instead of idling.

package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.LockOSThread()
	go func() { time.Sleep(time.Millisecond); fmt.Println("sleeper done") }()
	time.Sleep(5 * time.Millisecond)
	runtime.GC()
	c := make(chan int)
	<-c
}
