// run

// Context-free timeouts with select: a result or a timeout, whichever
// comes first, with a done channel to cancel the worker.

package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timeout")

func withTimeout(work func() int, d time.Duration) (int, error) {
	res := make(chan int, 1) // buffered: the worker never blocks forever
	go func() { res <- work() }()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(d):
		return 0, errTimeout
	}
}

func cancellable(done <-chan struct{}, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-done:
			close(out)
			return
		case <-time.After(time.Millisecond):
		}
	}
}

func main() {
	v, err := withTimeout(func() int { return 42 }, time.Second)
	fmt.Println(v, err)

	v, err = withTimeout(func() int {
		time.Sleep(300 * time.Millisecond)
		return 1
	}, 20*time.Millisecond)
	fmt.Println(v, err, errors.Is(err, errTimeout))

	// Cancellation: the worker notices the closed done channel.
	done := make(chan struct{})
	out := make(chan int)
	go cancellable(done, out)
	time.Sleep(10 * time.Millisecond)
	close(done)
	_, ok := <-out
	fmt.Println("worker stopped", !ok)

	// First of several responders wins; the others are ignored.
	type reply struct {
		from string
		d    int
	}
	replies := make(chan reply, 3)
	for _, r := range []reply{{"slow", 200}, {"fast", 5}, {"medium", 100}} {
		go func() {
			time.Sleep(time.Duration(r.d) * time.Millisecond)
			replies <- r
		}()
	}
	first := <-replies
	fmt.Println("first", first.from)

	// A heartbeat: a timeout that is pushed back by every event.
	events := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(2 * time.Millisecond)
			events <- i
		}
	}()
	got := 0
	timer := time.NewTimer(100 * time.Millisecond)
	for {
		select {
		case <-events:
			got++
			timer.Reset(100 * time.Millisecond)
			continue
		case <-timer.C:
		}
		break
	}
	fmt.Println("events before idle", got)
}
