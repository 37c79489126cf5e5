// run

// Pointers that only a wrapper's arguments hold while it is stopped at
// its preemption check: a promoted method called through an interface,
// a method value and a function value. Other goroutines allocate so that
// collections stop this one at every kind of check; a pointer the
// collector missed is freed and poisoned (GOCL_GCPOISON) or reused.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

type cell struct{ v int }

type base struct{ k int }

func (b base) Sum(cs []*cell) int {
	s := 0
	for _, c := range cs {
		s += c.v
	}
	return s + b.k
}

func (b *base) PSum(cs []*cell, extra *cell) int {
	return b.Sum(cs) + extra.v
}

type outer struct {
	pad int
	base
}

type summer interface {
	Sum([]*cell) int
	PSum([]*cell, *cell) int
}

func fresh(n int) []*cell {
	cs := make([]*cell, n)
	for i := range cs {
		cs[i] = &cell{v: i}
	}
	return cs
}

var sink []byte

func churn(stop chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-stop:
			return
		default:
		}
		for i := 0; i < 100; i++ {
			sink = make([]byte, 64)
		}
	}
}

func main() {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go churn(stop, &wg)
	}
	var s summer = &outer{base: base{k: 1}}
	mv := s.Sum
	fv := base.Sum
	bad := 0
	const N = 8
	want := N*(N-1)/2 + 1
	for i := 0; i < 200000; i++ {
		if s.Sum(fresh(N)) != want {
			bad++
		}
		if s.PSum(fresh(N), &cell{v: 2}) != want+2 {
			bad++
		}
		if mv(fresh(N)) != want {
			bad++
		}
		if fv(base{k: 1}, fresh(N)) != want {
			bad++
		}
	}
	close(stop)
	wg.Wait()
	fmt.Println("bad sums:", bad)
}
