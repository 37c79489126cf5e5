// run

// clear on maps and slices: clear(m) removes all entries (visible
// through other references), the map stays usable and non-nil, clear of
// a nil map is a no-op; clear(s) zeroes elements but keeps length;
// also deleting every key by range vs clear.

package main

type T struct {
	A int
	S string
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	println(len(m), len(alias), m == nil, m["a"])
	m["d"] = 4
	println(len(alias), alias["d"])

	var nm map[int]int
	clear(nm)
	println(nm == nil, len(nm))

	big := map[int]string{}
	for i := 0; i < 500; i++ {
		big[i] = "v"
	}
	clear(big)
	println(len(big))
	for i := 0; i < 10; i++ {
		big[i*1000] = "w"
	}
	println(len(big), big[9000])

	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	println(len(s), s[0], s[1], s[2], s[3], len(sub))

	ts := []T{{1, "a"}, {2, "b"}}
	clear(ts)
	println(len(ts), ts[0].A, ts[1].S == "")

	ps := []*int{new(int), new(int)}
	clear(ps)
	println(ps[0] == nil, ps[1] == nil)

	var nilS []string
	clear(nilS)
	println(nilS == nil)

	strs := []string{"x", "y"}
	clear(strs[:0])
	println(strs[0], strs[1])

	// clear on map with struct values and map of maps
	mm := map[string]map[string]int{"x": {"y": 1}}
	inner := mm["x"]
	clear(mm)
	println(len(mm), len(inner), inner["y"])

	// delete-all via range is equivalent
	d := map[int]int{1: 1, 2: 2, 3: 3}
	for k := range d {
		delete(d, k)
	}
	println(len(d))

	// min/max builtins alongside
	println(min(3, 1, 2), max(3, 1, 2), min("b", "a", "c"), max("b", "a", "c"))
}
