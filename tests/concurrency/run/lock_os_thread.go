// run

// runtime.LockOSThread: a wired goroutine stays on its thread through
// channel waits, sleeps, yields, mutexes and system calls, while no
// other goroutine runs there; locks nest; a goroutine may end wired.

package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"syscall"
	"time"
)

func init() {
	// As with gc, locking in init keeps main on the main thread.
	runtime.LockOSThread()
}

func main() {
	fmt.Println("main on the main thread:", syscall.Gettid() == syscall.Getpid())
	tid := syscall.Gettid()

	var mu sync.Mutex
	var others sync.WaitGroup
	onLocked := 0
	work := make(chan int)
	done := make(chan int)
	for w := 0; w < 8; w++ {
		others.Add(1)
		go func() {
			defer others.Done()
			for v := range work {
				if syscall.Gettid() == tid {
					mu.Lock()
					onLocked++
					mu.Unlock()
				}
				x := 0
				for i := 0; i < 10000; i++ {
					x += i * v
				}
				runtime.Gosched()
				done <- x & 1
			}
		}()
	}

	moved := 0
	check := func() {
		if syscall.Gettid() != tid {
			moved++
		}
	}
	for i := 0; i < 300; i++ {
		work <- i
		check()
		<-done
		check()
		switch i % 4 {
		case 0:
			time.Sleep(50 * time.Microsecond)
		case 1:
			runtime.Gosched()
		case 2:
			mu.Lock()
			mu.Unlock()
		case 3:
			f, err := os.Open("/proc/self/stat")
			if err == nil {
				buf := make([]byte, 64)
				f.Read(buf)
				f.Close()
			}
		}
		check()
	}
	close(work)
	others.Wait()
	check()
	fmt.Println("main left its thread:", moved, "times")
	fmt.Println("others ran on main's thread:", onLocked, "times")

	// Nested locks: still wired after one unlock.
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	for i := 0; i < 50; i++ {
		time.Sleep(20 * time.Microsecond)
		check()
	}
	fmt.Println("after a nested unlock, moved:", moved)
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // one too many: a no-op

	// Goroutines that wire themselves, some ending wired.
	var wg sync.WaitGroup
	bad := 0
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.LockOSThread()
			t := syscall.Gettid()
			for i := 0; i < 20; i++ {
				time.Sleep(10 * time.Microsecond)
				runtime.Gosched()
				if syscall.Gettid() != t {
					mu.Lock()
					bad++
					mu.Unlock()
				}
			}
			if g%2 == 0 {
				runtime.UnlockOSThread()
			}
		}()
	}
	wg.Wait()
	fmt.Println("wired goroutines that moved:", bad)
}
