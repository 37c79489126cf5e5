// run

// Anonymous struct types: variables, slices of anonymous structs used as
// test tables, assignment between identical anonymous types and a named
// type with the same underlying type, nested anonymous structs, struct
// as function parameter and result types.

package main

type Named struct {
	K string
	V int
}

func pair(a, b int) struct{ Lo, Hi int } {
	if a > b {
		a, b = b, a
	}
	return struct{ Lo, Hi int }{a, b}
}

func sumKV(kv struct {
	K string
	V int
}) int {
	return len(kv.K) + kv.V
}

func main() {
	var cfg struct {
		Host string
		Port int
		TLS  bool
	}
	cfg.Host = "localhost"
	cfg.Port = 8080
	println(cfg.Host, cfg.Port, cfg.TLS)

	tests := []struct {
		in   int
		want int
		name string
	}{
		{1, 1, "one"},
		{2, 4, "two"},
		{3, 9, "three"},
		{in: 4, name: "four"},
	}
	for _, tc := range tests {
		got := tc.in * tc.in
		println(tc.name, got, got == tc.want)
	}

	pr := pair(9, 3)
	println(pr.Lo, pr.Hi)
	pr2 := pair(1, 2)
	println(pr == pr2, pr2.Lo, pr2.Hi)

	// identical underlying types: assignable both ways
	anon := struct {
		K string
		V int
	}{"abc", 4}
	var n Named = anon
	println(n.K, n.V, sumKV(n), sumKV(anon))
	n.V = 10
	anon = n
	println(anon.V)
	n2 := Named(anon)
	println(n2 == n)

	// nested anonymous
	var deep struct {
		A struct {
			B struct {
				C int
			}
			D []string
		}
	}
	deep.A.B.C = 42
	deep.A.D = append(deep.A.D, "x", "y")
	println(deep.A.B.C, len(deep.A.D), deep.A.D[1])

	// map of anonymous structs
	m := map[string]struct{ X, Y int }{
		"a": {1, 2},
		"b": {3, 4},
	}
	println(m["a"].X+m["b"].Y, len(m))

	// pointer to anonymous struct
	ps := &struct{ N int }{5}
	ps.N++
	println(ps.N)

	// array of anonymous structs
	var grid [3]struct{ on bool }
	grid[1].on = true
	cnt := 0
	for _, g := range grid {
		if g.on {
			cnt++
		}
	}
	println(cnt)
}
