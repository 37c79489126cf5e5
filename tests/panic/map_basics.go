// run

// Maps: make, index, comma-ok, op-assign, delete, range, struct and
// interface keys, NaN keys, clear, nil map reads; ends assigning to a
// nil map (gc's plain panic).

package main

type Pt struct{ X, Y int }

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] += 2
	m["a"]++
	println(len(m), m["a"], m["b"], m["zz"])
	v, ok := m["b"]
	println(v, ok)
	_, ok = m["q"]
	println(ok)
	delete(m, "a")
	println(len(m))
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	println(sum)
	pm := map[Pt]string{{1, 2}: "a", {3, 4}: "b"}
	println(pm[Pt{1, 2}], pm[Pt{3, 4}], len(pm))
	im := map[int][]int{}
	for i := 0; i < 100; i++ {
		im[i%7] = append(im[i%7], i)
	}
	println(len(im), len(im[3]), im[3][2])
	var nm map[string]bool
	println(nm["x"], len(nm))
	am := map[any]int{1: 1, "x": 2, 2.5: 3}
	println(am[1], am["x"], am[2.5], am[nil])
	clear(m)
	println(len(m))
	fm := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fm[nan] = 1
	fm[nan] = 2
	println(len(fm))
	nm["boom"] = true
}
