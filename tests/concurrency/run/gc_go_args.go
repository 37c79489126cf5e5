// run

// The only references to objects are the arguments of go statements:
// plain functions, closures called with arguments, method values and
// method calls on pointer receivers. Main spawns 3000 goroutines without
// yielding, drops its references, and collects before and after opening
// the start gate, so arguments of goroutines that have not run yet (and
// of goroutines blocked at the gate) must be found.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type obj struct {
	id   int
	name string
	kids []*obj
}

func (o *obj) run(gate <-chan struct{}, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	<-gate
	out[o.id] = score(o, o.id)
}

var sinkMu sync.Mutex
var sink *obj

func churn(n int) {
	var keep *obj
	for i := 0; i < n; i++ {
		o := &obj{-1, "poison", nil}
		o.kids = []*obj{o}
		if i%500 == 0 {
			keep = o
		}
	}
	sinkMu.Lock()
	sink = keep
	sink = nil
	sinkMu.Unlock()
}

func mk(i int) *obj {
	o := &obj{id: i, name: "o" + strconv.Itoa(i)}
	for k := 0; k < 3; k++ {
		o.kids = append(o.kids, &obj{id: i*3 + k, name: "kid"})
	}
	return o
}

func score(o *obj, i int) int {
	if o == nil || o.id != i || !numIs(o.name, "o", i) || len(o.kids) != 3 {
		return -1
	}
	s := o.id
	for k, c := range o.kids {
		if c.id != i*3+k || c.name != "kid" {
			return -1
		}
		s += c.id
	}
	return s
}

func plain(o *obj, s string, sl []*obj, x interface{}, gate <-chan struct{}, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	<-gate
	r := score(o, o.id)
	if !numIs(s, "s", o.id) || len(sl) != 2 || score(sl[0], sl[0].id) < 0 || score(sl[1], sl[1].id) < 0 || score(x.(*obj), o.id+1) < 0 {
		r = -1
	}
	out[o.id] = r
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
	const G = 3000
	out := make([]int, G+1)
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < G; i++ {
		wg.Add(1)
		switch i % 4 {
		case 0:
			go plain(mk(i), "s"+strconv.Itoa(i), []*obj{mk(i + 100000), mk(i + 200000)}, mk(i+1), gate, &wg, out)
		case 1:
			go func(o *obj, extra string) {
				defer wg.Done()
				<-gate
				r := score(o, o.id)
				if !numIs(extra, "e", o.id) {
					r = -1
				}
				out[o.id] = r
			}(mk(i), "e"+strconv.Itoa(i))
		case 2:
			f := mk(i).run // method value
			go f(gate, &wg, out)
		case 3:
			go mk(i).run(gate, &wg, out) // receiver evaluated at the go statement
		}
		if i%500 == 0 {
			churn(5000) // no yielding in between
		}
	}
	churn(50000)
	runtime.GC()
	churn(50000)
	runtime.GC()
	close(gate)
	wg.Wait()
	churn(20000)
	runtime.GC()
	bad, total := 0, 0
	for i := 0; i < G; i++ {
		want := score(mk(i), i)
		if out[i] != want {
			bad++
		}
		total += out[i]
	}
	fmt.Println("goroutines", G, "bad", bad, "total", total)
}
