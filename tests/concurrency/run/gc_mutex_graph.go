// run

// Several goroutines rewire a shared pointer graph under a sync.Mutex
// while allocating garbage: they redirect edges, replace nodes with fresh
// copies (old copies stay reachable through stale edges or become
// garbage), grow and shrink edge slices, and collect. Afterwards every
// reachable node is checked; the output only reports interleaving-
// independent facts.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type gnode struct {
	id      int
	name    string
	edges   []*gnode
	payload *[4]int
}

const N = 2000

var (
	mu    sync.Mutex
	table []*gnode
)

func mk(id int) *gnode {
	return &gnode{id: id, name: "v" + strconv.Itoa(id), payload: &[4]int{id, id + 1, id + 2, id + 3}}
}

func ok(n *gnode) bool {
	return n != nil && n.id >= 0 && n.id < N && numIs(n.name, "v", n.id) && *n.payload == [4]int{n.id, n.id + 1, n.id + 2, n.id + 3}
}

type rng uint64

func (r *rng) next(n int) int {
	*r = *r*6364136223846793005 + 1442695040888963407
	return int(uint64(*r)>>33) % n
}

func garbage(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		g := &gnode{id: -1, name: "poison", payload: &[4]int{-1, -1, -1, -1}}
		g.edges = []*gnode{g, g}
		t += len(g.edges)
	}
	return t
}

func worker(w int, steps int, counts []int) {
	r := rng(w*7919 + 1)
	for k := 0; k < steps; k++ {
		op := r.next(4)
		i, j, e := r.next(N), r.next(N), r.next(1<<20)
		fresh := mk(i) // allocated outside the lock
		mu.Lock()
		switch op {
		case 0: // redirect or add an edge
			a := table[i]
			if len(a.edges) > 0 {
				a.edges[e%len(a.edges)] = table[j]
			} else {
				a.edges = append(a.edges, table[j])
			}
		case 1: // replace node i with a fresh copy carrying its edges
			fresh.edges = append([]*gnode(nil), table[i].edges...)
			table[i] = fresh
		case 2: // grow
			a := table[i]
			a.edges = append(a.edges, table[j], table[(j+1)%N])
		case 3: // shrink: drop the first edge (its target may become garbage)
			a := table[i]
			if len(a.edges) > 0 {
				a.edges = a.edges[1:]
			}
		}
		mu.Unlock()
		counts[w*4+op]++
		garbage(4)
		if k%2500 == 0 {
			runtime.GC()
		}
		if k%100 == 0 {
			runtime.Gosched()
		}
	}
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
	table = make([]*gnode, N)
	for i := range table {
		table[i] = mk(i)
	}
	for i := range table {
		table[i].edges = []*gnode{table[(i+1)%N], table[(i*7)%N]}
	}
	const W, steps = 6, 3000
	counts := make([]int, W*4)
	var wg sync.WaitGroup
	for w := 0; w < W; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(w, steps, counts)
		}()
	}
	// A checker goroutine concurrently walks the graph under the lock.
	stop := make(chan struct{})
	checked := make(chan int)
	go func() {
		bad := 0
		for iter := 0; ; iter++ {
			if iter >= 40 {
				<-stop
				checked <- bad
				return
			}
			select {
			case <-stop:
				checked <- bad
				return
			default:
			}
			mu.Lock()
			for _, n := range table {
				if !ok(n) {
					bad++
				}
				for _, e := range n.edges {
					if !ok(e) {
						bad++
					}
				}
			}
			mu.Unlock()
			garbage(200)
			runtime.Gosched()
		}
	}()
	wg.Wait()
	close(stop)
	checkerBad := <-checked
	runtime.GC()
	garbage(50000)
	runtime.GC()

	// Walk everything reachable from the table.
	seen := map[*gnode]bool{}
	stack := append([]*gnode(nil), table...)
	bad, edges, idsum := 0, 0, 0
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		if !ok(n) {
			bad++
		}
		edges += len(n.edges)
		stack = append(stack, n.edges...)
	}
	for _, n := range table {
		idsum += n.id
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("checker bad", checkerBad)
	fmt.Println("reachable bad", bad, "at least table", len(seen) >= N, "edges>0", edges > 0)
	fmt.Println("table ids", idsum == N*(N-1)/2, "ops", total)
	for w := 0; w < W; w++ {
		fmt.Println("worker", w, counts[w*4:w*4+4])
	}
}
