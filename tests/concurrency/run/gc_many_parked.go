// run

// 2000 goroutines each build their own data (a small linked structure, a
// string, a map, a closure), then park on a shared gate while main
// allocates garbage and collects. They are released in waves; each
// verifies its data, replaces part of it, parks again, and finally
// reports a checksum. Main also checks runtime.NumGoroutine.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type node struct {
	v    int
	next *node
}

var sinkMu sync.Mutex
var sink *node

func churn(n int) {
	var last *node
	for i := 0; i < n; i++ {
		x := &node{-1, last}
		if i%64 == 0 {
			last = nil
		} else {
			last = x
		}
	}
	sinkMu.Lock()
	sink = last
	sink = nil
	sinkMu.Unlock()
}

func list(id, n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{id*100 + i, h}
	}
	return h
}

func sumList(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.v
	}
	return s
}

const G = 2000

func worker(id int, gates []chan struct{}, arrived *sync.WaitGroup, out, bads []int) {
	l := list(id, 10)
	want := sumList(l)
	s := "g" + strconv.Itoa(id)
	m := map[int]*node{id: list(id, 3)}
	wantM := sumList(m[id])
	f := func() int { return len(s) + id }
	bad := 0
	for phase, gate := range gates {
		arrived.Done()
		<-gate // parked
		if sumList(l) != want || !numIs(s, "g", id) || sumList(m[id]) != wantM || f() != len(s)+id {
			bad++
		}
		// Replace data: the old list becomes garbage.
		l = list(id, 10+phase)
		want = sumList(l)
		_ = list(id, 20) // garbage
	}
	out[id], bads[id] = want, bad
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
	const phases = 3
	gates := make([]chan struct{}, phases)
	for i := range gates {
		gates[i] = make(chan struct{})
	}
	out, bads := make([]int, G), make([]int, G)
	var finished sync.WaitGroup
	var arrived sync.WaitGroup
	arrived.Add(G)
	base := runtime.NumGoroutine()
	for id := 0; id < G; id++ {
		finished.Add(1)
		go func() {
			defer finished.Done()
			worker(id, gates, &arrived, out, bads)
		}()
	}
	for phase := 0; phase < phases; phase++ {
		arrived.Wait() // all parked on gates[phase]
		if phase == 0 {
			fmt.Println("goroutines", runtime.NumGoroutine()-base)
		}
		for k := 0; k < 3; k++ {
			churn(50000)
			runtime.GC()
		}
		if phase+1 < phases {
			arrived.Add(G)
		}
		close(gates[phase])
	}
	finished.Wait()
	total, bad := 0, 0
	for id, v := range out {
		if bads[id] != 0 || v != sumList(list(id, 10+phases-1)) {
			bad++
		}
		total += v
	}
	fmt.Println("bad", bad, "total", total)
}
