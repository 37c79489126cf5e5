// run

// Graph algorithms over maps and slices: adjacency lists with sorted
// neighbor order, BFS shortest paths with parent reconstruction, DFS
// topological sort with cycle detection via a color map, connected
// components, and Dijkstra with a hand-rolled binary heap.

package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph(edges string, directed bool) *Graph {
	g := &Graph{adj: map[string][]string{}}
	for _, e := range strings.Fields(edges) {
		a, b, _ := strings.Cut(e, "-")
		g.adj[a] = append(g.adj[a], b)
		if !directed {
			g.adj[b] = append(g.adj[b], a)
		} else if _, ok := g.adj[b]; !ok {
			g.adj[b] = nil
		}
	}
	for k := range g.adj {
		sort.Strings(g.adj[k])
	}
	return g
}

func (g *Graph) Nodes() []string {
	ns := make([]string, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start, goal string) []string {
	parent := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []string
			for n := goal; n != ""; n = parent[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		for _, nb := range g.adj[cur] {
			if _, seen := parent[nb]; !seen {
				parent[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

var ErrCycle = errors.New("cycle")

func (g *Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var order []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case gray:
			return fmt.Errorf("at %s: %w", n, ErrCycle)
		case black:
			return nil
		}
		color[n] = gray
		for _, m := range g.adj[n] {
			if err := visit(m); err != nil {
				return err
			}
		}
		color[n] = black
		order = append([]string{n}, order...)
		return nil
	}
	for _, n := range g.Nodes() {
		if err := visit(n); err != nil {
			return order, err
		}
	}
	return order, nil
}

func (g *Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	for _, n := range g.Nodes() {
		if seen[n] {
			continue
		}
		var comp []string
		stack := []string{n}
		seen[n] = true
		for len(stack) > 0 {
			cur := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, cur)
			for _, m := range g.adj[cur] {
				if !seen[m] {
					seen[m] = true
					stack = append(stack, m)
				}
			}
		}
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

type item struct {
	node string
	dist int
}
type minHeap []item

func (h *minHeap) push(x item) {
	*h = append(*h, x)
	for i := len(*h) - 1; i > 0; {
		p := (i - 1) / 2
		if (*h)[p].dist < (*h)[i].dist || (*h)[p].dist == (*h)[i].dist && (*h)[p].node <= (*h)[i].node {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *minHeap) pop() item {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	less := func(a, b item) bool { return a.dist < b.dist || a.dist == b.dist && a.node < b.node }
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && less((*h)[l], (*h)[m]) {
			m = l
		}
		if r < n && less((*h)[r], (*h)[m]) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func dijkstra(w map[[2]string]int, src string) map[string]int {
	dist := map[string]int{src: 0}
	h := &minHeap{{src, 0}}
	for len(*h) > 0 {
		it := h.pop()
		if it.dist > dist[it.node] {
			continue
		}
		for e, c := range w {
			if e[0] == it.node {
				if d, ok := dist[e[1]]; !ok || it.dist+c < d {
					dist[e[1]] = it.dist + c
					h.push(item{e[1], it.dist + c})
				}
			}
		}
	}
	return dist
}

func main() {
	g := NewGraph("a-b a-c b-d c-d d-e e-f x-y y-z q-q", false)
	fmt.Println(g.adj)
	fmt.Println(g.BFS("a", "f"), g.BFS("a", "z"), g.BFS("x", "z"), g.BFS("e", "e"))
	fmt.Println(g.Components())
	dag := NewGraph("shirt-tie tie-jacket pants-shoes pants-belt belt-jacket shirt-belt socks-shoes", true)
	order, err := dag.TopoSort()
	fmt.Println(order, err)
	cyc := NewGraph("a-b b-c c-a c-d", true)
	order, err = cyc.TopoSort()
	fmt.Println(order, err, errors.Is(err, ErrCycle))
	w := map[[2]string]int{{"s", "a"}: 7, {"s", "b"}: 2, {"b", "a"}: 3, {"a", "t"}: 1, {"b", "t"}: 9, {"t", "u"}: 2}
	fmt.Println(dijkstra(w, "s"), dijkstra(w, "b"), dijkstra(w, "u"))
	h := &minHeap{}
	for i, d := range []int{5, 3, 8, 1, 9, 2, 3} {
		h.push(item{fmt.Sprint("n", i), d})
	}
	for len(*h) > 0 {
		fmt.Print(h.pop(), " ")
	}
	fmt.Println()
}
