// run

// Goroutines rewire a shared pointer graph while they allocate, so that
// the collector marks while pointers move: an edge is cut from one node
// and added to another between two scans. Each node carries a checksum
// of its own fields; a node freed while still reachable is reused and
// breaks its checksum (GOCL_GCPOISON=1 makes it crash instead).
// Objects are also kept alive only by a map, a slice, an interface, a
// closure, a package variable, the stack of a parked goroutine and a
// deep recursion frame, and checked after many collections.

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

type node struct {
	id    int
	sum   int
	left  *node
	right *node
	data  []int
	name  string
	any   interface{}
}

func newNode(id int) *node {
	n := &node{id: id, data: make([]int, id%7+1), name: fmt.Sprint("n", id)}
	for i := range n.data {
		n.data[i] = id * (i + 1)
	}
	n.sum = checksum(n)
	return n
}

func checksum(n *node) int {
	s := n.id * 31
	for _, v := range n.data {
		s += v
	}
	return s + len(n.name)
}

func (n *node) ok() bool {
	return n.sum == checksum(n) && n.name == fmt.Sprint("n", n.id)
}

const nodes = 2048

var (
	graph   [nodes]*node
	mu      [nodes]sync.Mutex
	global  *node
	kept    []*node
	byID    = map[int]*node{}
	boxed   interface{}
	closure func() *node
)

// rewire moves edges around: the cut edge's target is first linked from
// another node, so every node stays reachable from the roots through
// `graph` while the shape changes under the collector.
func rewire(seed int, rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	x := uint32(seed*2654435761 + 1)
	next := func() int {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return int(x % nodes)
	}
	for r := 0; r < rounds; r++ {
		a, b := next(), next()
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		mu[a].Lock()
		mu[b].Lock()
		na, nb := graph[a], graph[b]
		// Swap subtrees, then replace a node by a fresh copy.
		na.left, nb.right = nb.right, na.left
		na.any, nb.any = nb.any, na.any
		fresh := newNode(na.id)
		fresh.left, fresh.right, fresh.any = na.left, na.right, na.any
		graph[a] = fresh
		mu[b].Unlock()
		mu[a].Unlock()
		// Garbage, so that cycles keep coming.
		_ = make([]*node, 64)
	}
}

// walk checks every node reachable from the graph (bounded depth: the
// edges may form cycles).
func walk(n *node, depth int, seen map[*node]bool) int {
	if n == nil || depth > 6 || seen[n] {
		return 0
	}
	seen[n] = true
	if !n.ok() {
		panic(fmt.Sprint("corrupt node ", n.id))
	}
	c := 1 + walk(n.left, depth+1, seen) + walk(n.right, depth+1, seen)
	if m, ok := n.any.(*node); ok {
		c += walk(m, depth+1, seen)
	}
	return c
}

// deep keeps a node only in a frame 2,000 calls down while collections
// run above it.
func deep(k int, n *node) bool {
	if k == 0 {
		for i := 0; i < 20; i++ {
			_ = make([]byte, 1<<16)
			runtime.Gosched()
		}
		return n.ok()
	}
	var pad [4]int
	pad[k%4] = k
	return deep(k-1, n) && pad[k%4] == k
}

func main() {
	// Collect at every chance whatever GOGC says, so that marking always
	// overlaps the rewiring.
	debug.SetGCPercent(1)
	for i := range graph {
		graph[i] = newNode(i)
	}
	for i := range graph {
		graph[i].left = graph[(i+1)%nodes]
		graph[i].right = graph[(i*7+3)%nodes]
		graph[i].any = graph[(i*13+5)%nodes]
	}
	global = newNode(10001)
	kept = append(kept, newNode(10002))
	byID[10003] = newNode(10003)
	boxed = newNode(10004)
	captured := newNode(10005)
	closure = func() *node { return captured }

	// A parked goroutine holds the only reference to a node on its
	// stack until it is released.
	release := make(chan bool)
	parked := make(chan bool)
	go func() {
		n := newNode(10006)
		<-release
		parked <- n.ok()
	}()

	deepOK := make(chan bool)
	go func() { deepOK <- deep(2000, newNode(10007)) }()

	// The tests run arm64 builds under qemu, about ten times slower:
	// fewer rounds there keep the run inside the harness's timeout.
	rounds := 30000
	if runtime.GOARCH == "arm64" {
		rounds = 10000
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go rewire(w+1, rounds, &wg)
	}
	wg.Wait()

	total := 0
	for _, n := range graph {
		total += walk(n, 0, map[*node]bool{})
	}
	fmt.Println("graph ok:", total > nodes)
	fmt.Println("global:", global.ok(), "slice:", kept[0].ok(), "map:", byID[10003].ok())
	fmt.Println("interface:", boxed.(*node).ok(), "closure:", closure().ok())
	fmt.Println("deep:", <-deepOK)
	runtime.GC()
	close(release)
	fmt.Println("parked:", <-parked)
}
