// run

// select with a default case: non-blocking send and receive, polling loops.

package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 3)
	for i := 0; i < 5; i++ {
		fmt.Println("send", i, trySend(c, i))
	}
	for i := 0; i < 5; i++ {
		v, ok := tryRecv(c)
		fmt.Println("recv", v, ok)
	}

	// Unbuffered with nobody waiting: both fail.
	u := make(chan int)
	fmt.Println(trySend(u, 1))
	_, ok := tryRecv(u)
	fmt.Println(ok)

	// Empty select-with-default only.
	n := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			n++
		}
	}
	fmt.Println("n", n)

	// Polling until a goroutine delivers (the goroutine must eventually
	// run; Gosched is not needed for correctness but keeps the loop short).
	res := make(chan string, 1)
	go func() { res <- "delivered" }()
	polls := 0
	var msg string
	for {
		select {
		case msg = <-res:
		default:
			polls++
			continue
		}
		break
	}
	fmt.Println(msg, polls >= 0)

	// Non-blocking receive from a closed channel succeeds with ok=false.
	cl := make(chan int)
	close(cl)
	select {
	case v, ok := <-cl:
		fmt.Println("closed", v, ok)
	default:
		fmt.Println("default?!")
	}

	// A drop-when-full logger.
	logc := make(chan string, 4)
	dropped := 0
	for i := 0; i < 10; i++ {
		select {
		case logc <- fmt.Sprint("line", i):
		default:
			dropped++
		}
	}
	close(logc)
	for l := range logc {
		fmt.Print(l, " ")
	}
	fmt.Println("dropped", dropped)
}
