// run

// Map basics: make with and without a size hint, literals, insert,
// update, lookup, comma-ok, delete (present and absent keys), len,
// missing keys give zero values, nil map reads/len/delete/range, and
// maps as reference types passed to functions.

package main

func addAll(m map[string]int, keys ...string) {
	for _, k := range keys {
		m[k]++
	}
}

func replace(m map[string]int) {
	m = map[string]int{"new": 1} // does not affect caller
	m["x"] = 5
}

func newMap() map[int]string {
	return map[int]string{1: "one", 2: "two"}
}

func main() {
	m := make(map[string]int)
	println(len(m), m["nope"])
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	println(len(m), m["a"], m["b"])

	v, ok := m["a"]
	println(v, ok)
	v, ok = m["z"]
	println(v, ok)
	_, ok = m["b"]
	println(ok)

	delete(m, "a")
	delete(m, "not-there")
	println(len(m), m["a"])
	_, ok = m["a"]
	println(ok)

	// nil map: reads, len, delete and range are fine
	var nm map[string]int
	println(nm == nil, len(nm), nm["x"])
	_, ok = nm["x"]
	println(ok)
	delete(nm, "x")
	for range nm {
		println("never")
	}

	// reference semantics
	m2 := m
	m2["c"] = 3
	println(len(m), m["c"])
	addAll(m, "c", "c", "d")
	println(m["c"], m["d"], len(m))
	replace(m)
	println(m["new"], m["x"], len(m))

	mh := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		mh[i%37] += i
	}
	println(len(mh), mh[0], mh[36])

	lit := map[string]bool{"yes": true, "no": false}
	println(lit["yes"], lit["no"], lit["maybe"], len(lit))
	_, hasNo := lit["no"]
	println(hasNo)

	nm2 := newMap()
	nm2[3] = "three"
	println(len(nm2), nm2[3], nm2[1], newMap()[2], len(newMap()))

	// overwrite does not change len
	for i := 0; i < 5; i++ {
		nm2[1] = "uno"
	}
	println(len(nm2), nm2[1])

	// empty string key and zero int key
	zk := map[string]int{"": 7}
	zi := map[int]int{0: 8}
	println(zk[""], zi[0], len(zk)+len(zi))

	// large map growth and shrinking via delete
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	s := 0
	for k, v := range big {
		s += v - k*k + 1
	}
	println(len(big), s, big[9999], big[9998])
}
