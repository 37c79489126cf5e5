// run

// time.NewTimer, Stop and Reset; time.After; a stopped timer never fires.

package main

import (
	"fmt"
	"time"
)

func fired(t *time.Timer, wait time.Duration) bool {
	select {
	case <-t.C:
		return true
	case <-time.After(wait):
		return false
	}
}

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("fired", fired(t, time.Second))
	// Stop after firing (and draining) returns false.
	fmt.Println("stop after fire", t.Stop())

	// Stop before firing returns true, and the channel never delivers.
	t2 := time.NewTimer(30 * time.Millisecond)
	fmt.Println("stop before fire", t2.Stop())
	fmt.Println("fired after stop", fired(t2, 80*time.Millisecond))
	fmt.Println("second stop", t2.Stop())

	// Reset a stopped timer: it fires once more.
	fmt.Println("reset stopped", t2.Reset(10*time.Millisecond))
	fmt.Println("fired after reset", fired(t2, time.Second))

	// Reset an active timer to a shorter duration.
	t3 := time.NewTimer(10 * time.Second)
	start := time.Now()
	fmt.Println("reset active", t3.Reset(15*time.Millisecond))
	<-t3.C
	fmt.Println("fired early", time.Since(start) < 5*time.Second)

	// Reset an active timer to a longer duration: it does not fire at the
	// original time.
	t4 := time.NewTimer(20 * time.Millisecond)
	t4.Reset(150 * time.Millisecond)
	fmt.Println("fired at old time", fired(t4, 60*time.Millisecond))
	fmt.Println("fired at new time", fired(t4, time.Second))

	// The timer channel value is a time not before the start.
	before := time.Now()
	t5 := time.NewTimer(5 * time.Millisecond)
	when := <-t5.C
	fmt.Println("time value ok", !when.Before(before))

	// Channel of a Timer has capacity 0 (Go 1.23+ unbuffered timers).
	fmt.Println("cap", cap(t5.C), "len", len(t5.C))

	// A timer that fired but was not received: Stop in Go 1.23+ reports
	// false and nothing is left in the channel.
	t6 := time.NewTimer(time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("stop unreceived", t6.Stop())
	fmt.Println("stale value", fired(t6, 20*time.Millisecond))

	// Timeouts with select.
	slow := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- 1
	}()
	select {
	case <-slow:
		fmt.Println("slow won?!")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	fmt.Println("eventually", <-slow)
}
