// run

// A goroutine whose stack grew deep and is now mostly unused gives the
// memory back: each collection halves such a stack, as gc's
// shrinkstack does, down to a small one.

package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func deep(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	if n == 0 {
		return 1
	}
	return deep(n-1) + int(pad[n%64]&1)
}

func stackInuse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.StackInuse
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for n := range ping {
			pong <- deep(n)
		}
	}()
	ping <- 1
	<-pong
	base := stackInuse()

	ping <- 20000
	fmt.Println("deep:", <-pong)
	grown := stackInuse()
	fmt.Println("grew by more than 1 MB:", grown > base+1<<20)

	for i := 0; i < 12; i++ {
		runtime.GC()
		ping <- 1
		<-pong
	}
	fmt.Println("shrank to within 256 KB of the start:", stackInuse() < base+256<<10)

	// The shrunk stack grows again as needed.
	ping <- 20000
	fmt.Println("deep again:", <-pong)

	// Many goroutines at once, each shrinking while the others run.
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func() {
			s := 0
			for j := 0; j < 20; j++ {
				s += deep(3000 - j*100)
				runtime.Gosched()
			}
			done <- s > 0
		}()
	}
	for i := 0; i < 4; i++ {
		runtime.GC()
	}
	ok := true
	for i := 0; i < 8; i++ {
		ok = ok && <-done
	}
	fmt.Println("concurrent growth and shrinking:", ok)
	close(ping)
}
