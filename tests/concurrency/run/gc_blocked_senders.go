// run

// Values in flight between blocked goroutines: 500 senders block on an
// unbuffered channel, each sending a pointer that nothing else
// references; 500 receivers block on another channel with their receive
// target on their stacks; goroutines blocked in select with several send
// cases. Main collects while all are blocked, then matches them up.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"
)

type box struct {
	id   int
	name string
	data []int
}

var sinkMu sync.Mutex
var sink *box

func churn(n int) {
	var keep *box
	for i := 0; i < n; i++ {
		b := &box{-1, "poison", []int{-1, -1, -1}}
		if i%500 == 0 {
			keep = b
		}
	}
	sinkMu.Lock()
	sink = keep
	sink = nil
	sinkMu.Unlock()
}

func mk(i int) *box { return &box{i, "box" + strconv.Itoa(i), []int{i, i + 1, i + 2}} }

func ok(b *box) bool {
	return b != nil && numIs(b.name, "box", b.id) && len(b.data) == 3 && b.data[0] == b.id && b.data[2] == b.id+2
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
	const S, R, X = 500, 500, 100
	in := make(chan *box)  // senders block here
	out := make(chan *box) // receivers block here
	var wg sync.WaitGroup
	for i := 0; i < S; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in <- mk(i)
		}()
	}
	results := make([]int, R)
	for r := 0; r < R; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			keep := mk(100000 + r) // also live across the block
			b := <-out
			if ok(b) && ok(keep) && keep.id == 100000+r {
				results[r] = b.id
			} else {
				results[r] = -1
			}
		}()
	}
	// Select senders offering a value on one of three channels.
	c1, c2, c3 := make(chan *box), make(chan *box), make(chan *box)
	for i := 0; i < X; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b1, b2, b3 := mk(200000+i), mk(300000+i), mk(400000+i)
			select {
			case c1 <- b1:
			case c2 <- b2:
			case c3 <- b3:
			}
		}()
	}
	// Let everybody block, then collect.
	for k := 0; k < 5; k++ {
		runtime.Gosched()
		churn(40000)
		runtime.GC()
	}
	// Match senders to receivers through main.
	var got []int
	for i := 0; i < S; i++ {
		b := <-in
		if !ok(b) {
			got = append(got, -1)
		}
		if i%100 == 0 {
			churn(5000)
			runtime.GC()
		}
		out <- b
	}
	var sel []int
	for i := 0; i < X; i++ {
		var b *box
		select {
		case b = <-c1:
		case b = <-c2:
		case b = <-c3:
		}
		if !ok(b) {
			sel = append(sel, -1)
		} else {
			sel = append(sel, b.id%100000)
		}
		if i%25 == 0 {
			churn(5000)
			runtime.GC()
		}
	}
	wg.Wait()
	sort.Ints(results)
	sort.Ints(sel)
	bad := len(got)
	for i, v := range results {
		if v != i {
			bad++
		}
	}
	for i, v := range sel {
		if v != i {
			bad++
		}
	}
	fmt.Println("senders", S, "receivers", R, "select senders", X, "bad", bad)
}
