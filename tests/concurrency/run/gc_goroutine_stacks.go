// run

// 48 goroutines recurse to depths between 100 and 1500 frames (their
// stacks grow well beyond their initial size), each frame holding the only
// reference to its own heap node; at the bottom they park. Main allocates
// garbage and collects while all of them are parked at depth, then
// releases them; every frame verifies its node while unwinding, and each
// goroutine then does a second, allocation-heavy recursion.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

type node struct {
	g, d int
	name string
	up   *node
}

var sinkMu sync.Mutex
var sink *node

func churn(n int) {
	var keep *node
	for i := 0; i < n; i++ {
		x := &node{-1, -1, "poison", nil}
		x.up = x
		if i%321 == 0 {
			keep = x
		}
	}
	sinkMu.Lock()
	sink = keep
	sink = nil
	sinkMu.Unlock()
}

func mk(g, d int, up *node) *node {
	return &node{g, d, "n" + strconv.Itoa(g) + "." + strconv.Itoa(d), up}
}

func ok(n *node, g, d int) bool {
	if n == nil || n.g != g || n.d != d {
		return false
	}
	dot := strings.LastIndexByte(n.name, '.')
	return dot > 0 && numIs(n.name[:dot], "n", g) && numIs(n.name[dot:], ".", d)
}

// descend returns the number of bad frames.
func descend(g, d, max int, up *node, parked *sync.WaitGroup, gate <-chan struct{}) int {
	me := mk(g, d, up)
	var pad [4]*node // more pointer slots per frame
	pad[d%4] = mk(g, -d, nil)
	bad := 0
	if d == max {
		parked.Done()
		<-gate
		// Walk the whole chain from the bottom.
		for n, k := me, max; n != nil; n, k = n.up, k-1 {
			if !ok(n, g, k) {
				bad++
			}
		}
	} else {
		bad = descend(g, d+1, max, me, parked, gate)
	}
	if !ok(me, g, d) || !ok(pad[d%4], g, -d) || (d > 0) != (me.up != nil) {
		bad++
	}
	return bad
}

// busy recurses while allocating and returns a checksum.
func busy(g, d int) int {
	n := mk(g, d, nil)
	if d%200 == 0 {
		churn(300)
	}
	s := 0
	if d > 0 {
		s = busy(g, d-1)
	}
	if !ok(n, g, d) {
		return -1000000
	}
	return s + d
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
	const G = 48
	var parked, done sync.WaitGroup
	gate := make(chan struct{})
	bads := make([]int, G)
	sums := make([]int, G)
	parked.Add(G)
	done.Add(G)
	for g := 0; g < G; g++ {
		depth := 100 + (g*397)%1400
		go func() {
			defer done.Done()
			bads[g] = descend(g, 0, depth, nil, &parked, gate)
			sums[g] = busy(g, depth/2)
		}()
	}
	parked.Wait()
	for k := 0; k < 4; k++ {
		churn(10000)
		runtime.GC()
	}
	close(gate)
	done.Wait()
	churn(20000)
	runtime.GC()
	bad, sum := 0, 0
	for g := 0; g < G; g++ {
		bad += bads[g]
		sum += sums[g]
	}
	fmt.Println("goroutines", G, "bad frames", bad, "busy sum", sum)
}
