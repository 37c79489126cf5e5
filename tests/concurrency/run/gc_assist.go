// run

// A live heap big enough that marking runs concurrently (tens of
// milliseconds), while four goroutines allocate fast enough to be made
// to assist the collector, and rewire the structure as they go: the
// assists' marking must find everything the collector's thread does
// (GODEBUG=gccheckmark=1 in the GOGC=1 pass checks every cycle).

package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	id    int
	next  *node
	other *node
	data  []int
}

const n = 1 << 17

var nodes []*node

func rewire(seed int, rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	x := uint32(seed)
	rnd := func() int {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return int(x % n)
	}
	var garbage [][]byte
	for r := 0; r < rounds; r++ {
		a, b := nodes[rnd()], nodes[rnd()]
		// Swap the targets of two links: each node stays reachable from
		// the slice, the links move under the collector.
		a.other, b.other = b.other, a.other
		// Replace a node's payload with a fresh one, the old one garbage.
		c := nodes[rnd()]
		d := make([]int, 4)
		d[0] = c.id
		c.data = d
		garbage = append(garbage, make([]byte, 512))
		if len(garbage) > 64 {
			garbage = garbage[:0]
		}
	}
}

func main() {
	nodes = make([]*node, n)
	for i := range nodes {
		nodes[i] = &node{id: i, data: []int{i, 0, 0, 0}}
	}
	for i := range nodes {
		nodes[i].next = nodes[(i+1)%n]
		nodes[i].other = nodes[(i*7+3)%n]
	}
	var wg sync.WaitGroup
	rounds := 200000
	if runtime.GOARCH == "arm64" {
		// The tests run arm64 builds under qemu, about ten times slower.
		rounds = 40000
	}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go rewire(w+1, rounds, &wg)
	}
	wg.Wait()
	runtime.GC()
	ok := 0
	seen := 0
	for p := nodes[0]; seen < n; p = p.next {
		if p.data[0] == p.id && p.other != nil && p.other.id >= 0 {
			ok++
		}
		seen++
	}
	fmt.Println("nodes ok:", ok == n)
}
