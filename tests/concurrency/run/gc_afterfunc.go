// run

// Pending time.AfterFunc timers whose closures hold the only references
// to their data: hundreds of timers with staggered delays fire while main
// allocates garbage and collects; stopped timers (their closures become
// garbage) never run; reset timers run once with their captured data.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"time"
)

type payload struct {
	id    int
	label string
	vals  []int
	next  *payload
}

var sinkMu sync.Mutex
var sink *payload

func churn(n int) {
	var keep *payload
	for i := 0; i < n; i++ {
		p := &payload{-1, "poison", []int{-1, -1}, nil}
		p.next = p
		if i%1000 == 0 {
			keep = p
		}
	}
	sinkMu.Lock()
	sink = keep
	sink = nil
	sinkMu.Unlock()
}

func mk(id int) *payload {
	p := &payload{id: id, label: "p" + strconv.Itoa(id), vals: []int{id, id * 2, id * 3}}
	p.next = &payload{id: -id, label: "next"}
	return p
}

func ok(p *payload, id int) bool {
	return p != nil && p.id == id && numIs(p.label, "p", id) && len(p.vals) == 3 && p.vals[2] == id*3 && p.next != nil && p.next.id == -id && p.next.label == "next"
}

// arm returns a far-future timer whose closure alone references its data.
func arm(done chan bool) *time.Timer {
	big := mk(999)
	return time.AfterFunc(time.Hour, func() { done <- ok(big, 999) })
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
	const N = 400
	results := make([]int, N) // 1 = ran with good data, 2 = ran with bad data
	var mu sync.Mutex
	var wg sync.WaitGroup
	stopped := make([]*time.Timer, 0, N)
	for i := 0; i < N; i++ {
		p := mk(i)
		s := "closure" + strconv.Itoa(i)
		d := time.Duration(5+i%40) * time.Millisecond
		if i%4 == 3 {
			// Will be stopped before firing.
			stopped = append(stopped, time.AfterFunc(time.Hour, func() {
				mu.Lock()
				results[i] = 3
				mu.Unlock()
			}))
			continue
		}
		wg.Add(1)
		time.AfterFunc(d, func() {
			defer wg.Done()
			churn(500)
			good := ok(p, i) && numIs(s, "closure", i)
			mu.Lock()
			if good {
				results[i] = 1
			} else {
				results[i] = 2
			}
			mu.Unlock()
		})
	}
	// Collect while the timers are pending and firing.
	for k := 0; k < 6; k++ {
		churn(30000)
		runtime.GC()
		time.Sleep(2 * time.Millisecond)
	}
	nstop := 0
	for _, t := range stopped {
		if t.Stop() {
			nstop++
		}
	}
	wg.Wait()

	// Reset: a timer armed far in the future is reset to fire soon.
	done := make(chan bool)
	t := arm(done)
	churn(30000)
	runtime.GC()
	t.Reset(3 * time.Millisecond)
	resetOK := <-done

	// time.After and NewTimer channels carry values while collecting.
	tm := time.NewTimer(4 * time.Millisecond)
	after := time.After(2 * time.Millisecond)
	churn(30000)
	runtime.GC()
	<-after
	<-tm.C

	counts := [4]int{}
	for _, r := range results {
		counts[r]++
	}
	fmt.Println("ran good", counts[1], "ran bad", counts[2], "not run", counts[0], "stopped ran", counts[3], "stopped", nstop)
	fmt.Println("reset", resetOK)
}
