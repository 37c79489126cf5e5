// run

package main

import (
	"fmt"
	"sort"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func ready(c <-chan time.Time) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func main() {
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println("slept at least 2ms:", time.Since(start) >= 2*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-time.Second)

	// A timer fires once.
	t := time.NewTimer(time.Millisecond)
	v := <-t.C
	fmt.Println("fired after start:", v.After(start), "has monotonic:", v.Round(0) != v)
	fmt.Println("Stop after firing:", t.Stop(), "Reset:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	// Stop before it fires.
	t = time.NewTimer(time.Hour)
	fmt.Println("Stop pending:", t.Stop(), "again:", t.Stop())
	fmt.Println("value after Stop:", ready(t.C))

	// Expired but unreceived: go1.23 semantics, Stop drains.
	t = time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("Stop expired:", t.Stop(), "stale value:", ready(t.C))

	// Reset of an expired unreceived timer discards the stale value.
	t = time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	before := time.Now()
	fmt.Println("Reset expired:", t.Reset(3*time.Millisecond), "stale value:", ready(t.C))
	v = <-t.C
	fmt.Println("new value is fresh:", v.Sub(before) >= 3*time.Millisecond)
	fmt.Println("Reset pending:", t.Reset(time.Hour), t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired after double reset")

	// After.
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("After fired")
	case <-time.After(time.Hour):
		fmt.Println("wrong")
	}

	// AfterFunc.
	done := make(chan string, 1)
	af := time.AfterFunc(time.Millisecond, func() { done <- "AfterFunc ran" })
	fmt.Println(<-done, af.C == nil)
	fmt.Println("Stop after run:", af.Stop())
	fmt.Println("Reset:", af.Reset(time.Millisecond))
	fmt.Println(<-done)
	af = time.AfterFunc(time.Hour, func() { done <- "never" })
	fmt.Println("Stop AfterFunc:", af.Stop())
	fmt.Println("Reset stopped AfterFunc:", af.Reset(time.Millisecond), <-done == "never")

	// Ticker.
	tk := time.NewTicker(2 * time.Millisecond)
	prev := time.Now()
	ok := true
	for i := 0; i < 5; i++ {
		tv := <-tk.C
		if tv.Before(prev) {
			ok = false
		}
		prev = tv
	}
	fmt.Println("5 ticks in order:", ok)
	tk.Stop()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("tick after Stop:", ready(tk.C))
	tk.Reset(time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("ticks after Reset")
	tk.Stop()

	// A slow reader drops ticks rather than queueing them.
	tk = time.NewTicker(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	n := 0
	for ready(tk.C) {
		n++
	}
	fmt.Println("buffered ticks <= 1:", n <= 1)
	tk.Stop()

	fmt.Println("Tick(0):", time.Tick(0) == nil, "Tick(-1):", time.Tick(-1) == nil)
	c := time.Tick(time.Millisecond)
	<-c
	<-c
	fmt.Println("Tick ticks")

	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("Ticker.Reset(0)", func() { time.NewTicker(time.Hour).Reset(0) })
	try("zero Timer Stop", func() { new(time.Timer).Stop() })
	try("zero Timer Reset", func() { new(time.Timer).Reset(1) })
	try("zero Ticker Stop", func() { new(time.Ticker).Stop() })
	try("zero Ticker Reset", func() { new(time.Ticker).Reset(1) })

	// Many timers fire in deadline order. Each function runs in a
	// goroutine of its own, so when the OS holds a thread up for longer
	// than the spacing, a later one can report first (with go too): like
	// go's own TestAfterQueuing, try again with a wider spacing, and print
	// the order of the last attempt.
	var order []int
	for attempt := 0; attempt < 5; attempt++ {
		order = afterFuncOrder(time.Duration(3+attempt*20) * time.Millisecond)
		if sort.IntsAreSorted(order) {
			break
		}
	}
	fmt.Println(order)
}

// afterFuncOrder starts five AfterFuncs spaced by gap, latest first, and
// returns the order in which they ran.
func afterFuncOrder(gap time.Duration) []int {
	out := make(chan int, 5)
	for i := 5; i >= 1; i-- {
		time.AfterFunc(time.Duration(i)*gap, func() { out <- i })
	}
	var order []int
	for i := 0; i < 5; i++ {
		order = append(order, <-out)
	}
	return order
}
