// run

// Map value kinds: maps of structs (copy out, modify, store back), maps
// of pointers (modify in place), maps of slices with append, maps of
// maps created lazily, maps of funcs, maps of arrays, and maps of
// interfaces.

package main

type Acct struct {
	Owner   string
	Balance int
	History []int
}

func main() {
	accts := map[string]Acct{}
	accts["al"] = Acct{Owner: "Al", Balance: 10}
	a := accts["al"]
	a.Balance += 5
	a.History = append(a.History, 5)
	println(accts["al"].Balance, len(accts["al"].History))
	accts["al"] = a
	println(accts["al"].Balance, len(accts["al"].History), accts["al"].Owner)
	println(accts["bo"].Owner == "", accts["bo"].History == nil)

	ptrs := map[string]*Acct{"cy": {Owner: "Cy"}}
	ptrs["cy"].Balance = 50
	ptrs["cy"].History = append(ptrs["cy"].History, 50, -20)
	println(ptrs["cy"].Balance, len(ptrs["cy"].History))

	groups := map[int][]string{}
	words := []string{"a", "bb", "cc", "ddd", "e", "fff", "gg"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	println(len(groups), len(groups[1]), len(groups[2]), len(groups[3]), groups[3][1], len(groups[4]))

	graph := map[string]map[string]bool{}
	edge := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	edge("a", "b")
	edge("a", "c")
	edge("b", "c")
	edge("a", "b")
	println(len(graph), len(graph["a"]), graph["a"]["c"], graph["c"]["a"], len(graph["zz"]))

	ops := map[string]func(int) int{
		"neg": func(x int) int { return -x },
		"sq":  func(x int) int { return x * x },
	}
	println(ops["neg"](3), ops["sq"](3), ops["cube"] == nil)
	ops["cube"] = func(x int) int { return x * x * x }
	println(ops["cube"](3), len(ops))

	arrs := map[string][3]int{}
	arr := arrs["x"]
	arr[1] = 9
	arrs["x"] = arr
	println(arrs["x"][1], arrs["x"][0], arrs["y"][2])

	ifs := map[string]any{}
	ifs["n"] = 1
	ifs["s"] = "str"
	ifs["l"] = []int{1, 2}
	ifs["l"].([]int)[0] = 100 // slice inside shares storage
	println(ifs["l"].([]int)[0], ifs["n"].(int), ifs["s"].(string))

	// counting with a map of counters and compound assignment
	cnt := map[byte]int{}
	for _, c := range []byte("mississippi") {
		cnt[c]++
	}
	println(cnt['m'], cnt['i'], cnt['s'], cnt['p'], len(cnt))
	cnt['i'] -= 4
	cnt['s'] *= 10
	cnt['x'] |= 3
	println(cnt['i'], cnt['s'], cnt['x'], len(cnt))

	// map value of map type: nil inner map read is fine
	var inner map[string]int = graph2()["missing"]
	println(inner == nil, inner["k"])
}

func graph2() map[string]map[string]int { return map[string]map[string]int{} }
