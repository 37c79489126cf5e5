// run

// Map iteration without depending on order: summing keys and values,
// collecting keys and sorting them, deleting during range (deleted
// entries not yet reached are not produced), inserting during range
// (only counted, since whether new entries appear is unspecified), and
// ranging with key only.

package main

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	m := map[string]int{"d": 4, "a": 1, "c": 3, "b": 2, "e": 5}
	ks, vs := 0, 0
	for k, v := range m {
		ks += int(k[0])
		vs += v
	}
	println(ks, vs)

	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		print(k, "=", m[k], " ")
	}
	println()

	// delete every entry during iteration: each key seen exactly once
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	println(seen, len(m))

	// delete other entries during iteration: deleted ones never appear
	n := map[int]bool{}
	for i := 0; i < 100; i++ {
		n[i] = true
	}
	visited := 0
	for k := range n {
		visited++
		if k%2 == 0 {
			delete(n, k+1) // the odd partner will not be produced later
		} else {
			delete(n, k-1)
		}
	}
	println(visited, len(n))

	// insert during range: new keys may or may not be produced; check
	// only invariants
	ins := map[int]int{1: 1, 2: 2, 3: 3}
	iters := 0
	for k := range ins {
		iters++
		if k < 4 {
			ins[k+100] = k
		}
	}
	println(len(ins), iters >= 3, iters <= 6)

	// modifying values during range is fine
	vals := map[string]int{"x": 1, "y": 2, "z": 3}
	for k, v := range vals {
		vals[k] = v * 10
	}
	var vl []int
	for _, v := range vals {
		vl = append(vl, v)
	}
	sortInts(vl)
	println(vl[0], vl[1], vl[2])

	// nested maps, sorted output
	nested := map[string]map[string]int{
		"fruit": {"apple": 3, "pear": 1},
		"veg":   {"kale": 2},
	}
	nested["veg"]["leek"] = 4
	if nested["nuts"] == nil {
		nested["nuts"] = map[string]int{}
	}
	nested["nuts"]["pecan"] = 7
	var outer []string
	for k := range nested {
		outer = append(outer, k)
	}
	sortStrings(outer)
	for _, o := range outer {
		var inner []string
		for k := range nested[o] {
			inner = append(inner, k)
		}
		sortStrings(inner)
		print(o, ":")
		for _, i := range inner {
			print(" ", i, "=", nested[o][i])
		}
		println()
	}

	// range over a map with struct values is a copy
	type rec struct{ n int }
	rm := map[int]rec{1: {1}, 2: {2}}
	for _, r := range rm {
		r.n = 100
	}
	println(rm[1].n + rm[2].n)

	// range over nil map, and over a map expression evaluated once
	calls := 0
	get := func() map[int]int {
		calls++
		return map[int]int{1: 1, 2: 2}
	}
	total := 0
	for k, v := range get() {
		total += k * v
	}
	println(total, calls)
}
