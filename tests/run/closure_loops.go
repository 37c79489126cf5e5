// run

// Closures in loops with Go 1.22 per-iteration loop variables: 3-clause
// for loops, range over slices/ints/strings/maps, closures that modify
// the loop variable, and closures captured before the post statement.

package main

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	// range over slice: index and value are per-iteration
	var gs []func() string
	words := []string{"a", "b", "c"}
	for i, w := range words {
		gs = append(gs, func() string { return w + string(rune('0'+i)) })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()

	// range over int
	var hs []func() int
	for i := range 3 {
		hs = append(hs, func() int { return i * i })
	}
	println(hs[0](), hs[1](), hs[2]())

	// range over string (rune values)
	var rs []func() rune
	for _, r := range "héllo" {
		rs = append(rs, func() rune { return r })
	}
	print(len(rs), " ")
	for _, f := range rs {
		print(string(f()))
	}
	println()

	// closure modifying the loop variable affects this iteration only
	// and the copy carried into the next one
	var incs []func()
	for i := 0; i < 6; i++ {
		incs = append(incs, func() { i += 10 })
		if i == 2 {
			incs[len(incs)-1]()
		}
		print(i, " ")
	}
	println(len(incs))

	// closure captured in the body sees its own iteration's final value,
	// not the incremented copy
	var ks []func() int
	for k := 0; k < 3; k++ {
		ks = append(ks, func() int { return k })
		k += 0
	}
	println(ks[0](), ks[1](), ks[2]())

	// closure in the condition and post statements
	var post []func() int
	for j := 0; j < 3; j++ {
		defer func() { print("") }()
		post = append(post, func() int { return j * 100 })
	}
	println(post[0](), post[2]())

	// range over map: sum values through closures (order independent)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var ms []func() int
	for k, v := range m {
		ms = append(ms, func() int { return v * len(k) })
	}
	total := 0
	for _, f := range ms {
		total += f()
	}
	println(total)

	// variable declared outside the loop is shared
	var shared []func() int
	n := 0
	for n = 0; n < 3; n++ {
		shared = append(shared, func() int { return n })
	}
	println(shared[0](), shared[1](), shared[2]())

	// variable declared inside the body is fresh each iteration
	var fresh []func() int
	for i := 0; i < 3; i++ {
		v := i * 7
		fresh = append(fresh, func() int { v++; return v })
	}
	println(fresh[0](), fresh[0](), fresh[1](), fresh[2]())

	// pointers to loop variables
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
}
