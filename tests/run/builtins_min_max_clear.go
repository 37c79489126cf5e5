// run

// Builtins min, max and clear (Go 1.21): ints of several sizes, mixed
// constants and variables, strings, floats with -0 and NaN handling
// checked via comparisons, single-argument calls, and clear on slices
// and maps of various element types.

package main

type Score int

func main() {
	println(min(1), max(1))
	println(min(3, 1, 2), max(3, 1, 2))
	a, b, c := -5, 10, 7
	println(min(a, b, c), max(a, b, c), min(a, 0), max(b, 100))
	var u8 uint8 = 200
	println(min(u8, 100), max(u8, 255))
	var i64 int64 = -1 << 62
	println(min(i64, 0), max(i64, -1<<63))
	println(min(Score(5), Score(3)), max(Score(5), 9))

	println(min("b", "a"), max("b", "ab", "a"), min("", "x"), max("Z", "a"))
	s1, s2 := "apple", "apricot"
	println(min(s1, s2), max(s1, s2))

	x, y := 1.5, 2.5
	println(min(x, y) == 1.5, max(x, y) == 2.5)
	zero := 0.0
	nz := -zero
	println(1/min(zero, nz) < 0, 1/max(zero, nz) > 0, 1/min(nz, zero) < 0)
	nan := zero / zero
	m1 := min(nan, 1.0)
	m2 := max(1.0, nan)
	println(m1 != m1, m2 != m2)

	// constant min/max
	const k = min(3, 2.5, 4)
	println(k == 2.5, max(1, 2.0) == 2)

	// clear on slices of various types
	is := []int{1, 2, 3}
	clear(is)
	println(is[0], is[1], is[2], len(is))
	ss := []string{"a", "b"}
	clear(ss[1:])
	println(ss[0], ss[1] == "")
	type rec struct {
		n int
		p *int
	}
	rs := []rec{{1, new(int)}, {2, nil}}
	clear(rs)
	println(rs[0].n, rs[0].p == nil)
	m := map[Score]string{1: "a", 2: "b"}
	clear(m)
	m[3] = "c"
	println(len(m), m[3])

	// min and max in loops
	data := []int{5, -3, 9, 0, 9, -3}
	lo, hi := data[0], data[0]
	for _, d := range data[1:] {
		lo = min(lo, d)
		hi = max(hi, d)
	}
	println(lo, hi)

	// evaluated once each
	calls := 0
	next := func() int { calls++; return calls }
	lowest := min(next(), next(), next())
	println(lowest, calls)
}
