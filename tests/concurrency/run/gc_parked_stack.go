// run

// Goroutines parked in many different ways (channel receive, channel
// send of a pointer that is in flight, select, Mutex.Lock, WaitGroup.Wait,
// Cond.Wait, time.Sleep, at the bottom of a deep recursion) hold the only
// references to their heap data in their stacks. Main allocates garbage
// and collects while they are parked, then releases them; each verifies
// its data.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"time"
)

type data struct {
	id    int
	name  string
	items []*data
}

var sinkMu sync.Mutex
var sink *data

func churn(n int) {
	var last *data
	for i := 0; i < n; i++ {
		d := &data{-1, "poison", nil}
		d.items = []*data{d, last}
		if i%100 == 0 {
			last = d
		}
	}
	sinkMu.Lock()
	sink = last
	sink = nil
	sinkMu.Unlock()
}

func mk(id int) *data {
	d := &data{id: id, name: "d" + strconv.Itoa(id)}
	for i := 0; i < 4; i++ {
		d.items = append(d.items, &data{id: id*10 + i, name: "item"})
	}
	return d
}

func ok(d *data, id int) bool {
	if d == nil || d.id != id || !numIs(d.name, "d", id) || len(d.items) != 4 {
		return false
	}
	for i, it := range d.items {
		if it.id != id*10+i || it.name != "item" {
			return false
		}
	}
	return true
}

func report(results []string, i int, tag string, good bool) {
	results[i] = tag + " " + strconv.FormatBool(good)
}

func deep(n int, gate chan struct{}) bool {
	d := mk(100000 + n)
	if n == 0 {
		<-gate
	} else if !deep(n-1, gate) {
		return false
	}
	return ok(d, 100000+n)
}

// numIs reports whether s is prefix followed by the decimal form of v,
// without allocating (verification must not add garbage of its own).
func numIs(s, prefix string, v int) bool {
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return false
	}
	s = s[len(prefix):]
	if v < 0 {
		if s[0] != '-' {
			return false
		}
		s, v = s[1:], -v
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] != byte('0'+v%10) {
			return false
		}
		v /= 10
	}
	return len(s) > 0 && v == 0
}

func main() {
	results := make([]string, 9)
	var done sync.WaitGroup
	done.Add(len(results))

	recvGate := make(chan int)
	go func() {
		defer done.Done()
		a, b := mk(1), "local-"+strconv.Itoa(1)
		v := <-recvGate
		report(results, 0, "recv", ok(a, 1) && b == "local-1" && v == 7)
	}()

	sendCh := make(chan *data)
	go func() {
		defer done.Done()
		sendCh <- mk(2) // the value is only in this parked sender
		report(results, 1, "send", true)
	}()

	selA, selB := make(chan int), make(chan int)
	go func() {
		defer done.Done()
		d := mk(3)
		select {
		case <-selA:
		case <-selB:
		}
		report(results, 2, "select", ok(d, 3))
	}()

	var mu sync.Mutex
	mu.Lock()
	go func() {
		defer done.Done()
		d := mk(4)
		mu.Lock()
		report(results, 3, "mutex", ok(d, 4))
		mu.Unlock()
	}()

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer done.Done()
		d := mk(5)
		wg.Wait()
		report(results, 4, "waitgroup", ok(d, 5))
	}()

	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	ready := false
	go func() {
		defer done.Done()
		d := mk(6)
		cmu.Lock()
		for !ready {
			cond.Wait()
		}
		cmu.Unlock()
		report(results, 5, "cond", ok(d, 6))
	}()

	go func() {
		defer done.Done()
		d := mk(7)
		time.Sleep(30 * time.Millisecond)
		report(results, 6, "sleep", ok(d, 7))
	}()

	deepGate := make(chan struct{})
	go func() {
		defer done.Done()
		report(results, 7, "deep", deep(5000, deepGate))
	}()

	// A goroutine parked in a select with a nil-channel case.
	tick := make(chan bool)
	go func() {
		defer done.Done()
		d := mk(9)
		var never chan int
		select {
		case <-never:
		case <-tick:
		}
		report(results, 8, "nilchan", ok(d, 9))
	}()

	// Let them all park, then collect repeatedly.
	for i := 0; i < 5; i++ {
		runtime.Gosched()
		churn(40000)
		runtime.GC()
	}
	time.Sleep(5 * time.Millisecond)
	churn(40000)
	runtime.GC()

	recvGate <- 7
	got := <-sendCh
	churn(40000)
	runtime.GC()
	fmt.Println("received", ok(got, 2))
	close(selB)
	mu.Unlock()
	wg.Done()
	cmu.Lock()
	ready = true
	cond.Broadcast()
	cmu.Unlock()
	close(deepGate)
	tick <- true
	done.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
