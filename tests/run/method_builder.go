// run

// Method chaining with value vs pointer receivers: a builder with
// pointer receivers mutates one object; with value receivers every
// step returns a modified copy leaving earlier values intact; methods
// returning the receiver for chaining; and methods on embedded builder.

package main

type PB struct {
	parts []string
	n     int
}

func (b *PB) Add(s string) *PB {
	b.parts = append(b.parts, s)
	b.n++
	return b
}

func (b *PB) String() string {
	out := ""
	for _, p := range b.parts {
		out += p
	}
	return out
}

type VB struct {
	s string
	n int
}

func (v VB) Add(s string) VB {
	v.s += s
	v.n++
	return v
}

func (v VB) Upper() VB {
	b := []byte(v.s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] -= 32
		}
	}
	v.s = string(b)
	return v
}

type Query struct {
	PB
	table string
}

func (q *Query) From(t string) *Query {
	q.table = t
	q.Add(" FROM ").Add(t)
	return q
}

func main() {
	var b PB
	b.Add("a").Add("b").Add("c")
	println(b.String(), b.n)
	p := &b
	p.Add("d")
	println(b.String(), b.n)

	v0 := VB{}
	v1 := v0.Add("x")
	v2 := v1.Add("y").Add("z")
	v3 := v2.Upper()
	println(v0.s == "", v0.n, v1.s, v1.n, v2.s, v2.n, v3.s, v2.s)

	// branching value builders share nothing
	base := VB{}.Add("base-")
	left := base.Add("left")
	right := base.Add("right")
	println(base.s, left.s, right.s)

	// branching pointer builders share everything
	pbase := (&PB{}).Add("base-")
	pleft := pbase.Add("left")
	pright := pbase.Add("right")
	println(pbase.String(), pleft == pright, pbase.n)

	var q Query
	q.Add("SELECT *")
	q.From("users").Add(" WHERE 1")
	println(q.String(), q.table, q.n)

	// method value of a chain result
	add := (&PB{}).Add("x").Add
	add("y")
	res := add("z")
	println(res.String(), res.n)

	// value builder in a loop
	vb := VB{}
	for i := 0; i < 5; i++ {
		vb = vb.Add(string(rune('a' + i)))
	}
	println(vb.Upper().s, vb.s, vb.n)
}
