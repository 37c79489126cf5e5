// run

// Finer map semantics: m[k] op= v on a missing key starts from zero,
// m[k]++ on struct-free values, comma-ok in if/switch init, lookups
// with string keys built from byte slices (m[string(b)]), maps whose
// values are updated by a function that also inserts, and len after
// reinserting deleted keys.

package main

func bump(m map[string]int, k string) int {
	m[k]++
	return m[k]
}

func main() {
	m := map[string]int{}
	m["a"] += 5
	m["b"]--
	m["c"] |= 6
	m["d"] <<= 3
	println(m["a"], m["b"], m["c"], m["d"], len(m))

	if v, ok := m["a"]; ok && v == 5 {
		println("a is 5")
	}
	switch _, ok := m["zz"]; {
	case ok:
		println("zz present")
	default:
		println("zz absent")
	}

	// byte-slice keys
	b := []byte("key")
	m[string(b)] = 42
	b[0] = 'K'
	println(m["key"], m["Key"], m[string(b)])
	_, ok := m[string(b[:2])]
	println(ok)

	// value computed by a function that also modifies the map
	x1 := bump(m, "x")
	x2 := bump(m, "x")
	println(x1, x2, m["x"])

	// delete and reinsert
	for i := 0; i < 3; i++ {
		delete(m, "a")
		m["a"] = i
	}
	println(m["a"], len(m))

	// map of int to slice of int, appending through index
	adj := map[int][]int{}
	edges := [][2]int{{1, 2}, {1, 3}, {2, 3}, {3, 1}, {1, 4}}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	println(len(adj), len(adj[1]), adj[1][2], len(adj[4]), adj[4] == nil)

	// BFS over the adjacency map
	dist := map[int]int{1: 0}
	queue := []int{1}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, nb := range adj[n] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[n] + 1
				queue = append(queue, nb)
			}
		}
	}
	println(len(dist), dist[2], dist[3], dist[4])

	// map literal with duplicate computed keys overwrites
	k := "dup"
	md := map[string]int{k: 1}
	md[k] = 2
	println(len(md), md["dup"])

	// map with func-computed keys and comma-ok assignment to existing vars
	var v int
	v, ok = md["dup"]
	println(v, ok)
	v, ok = md["none"]
	println(v, ok)

	// struct values: read of a missing key yields zero struct
	type pt struct{ x, y int }
	mp := map[string]pt{}
	println(mp["none"].x, mp["none"] == pt{})
}
