// run

// Method values x.M: the receiver is evaluated and (for value receivers)
// copied when the method value is created; pointer-receiver method
// values bind the address; method values from interfaces; method values
// stored in slices and maps and passed as func arguments.

package main

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) PGet() int     { return t.n }
func (t *T) Set(v int)     { t.n = v }
func (t T) Plus(k int) int { return t.n + k }

type Getter interface{ Get() int }

var evals int

func getT() *T {
	evals++
	return &T{n: 50}
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	t := T{n: 1}
	get := t.Get   // copies t now
	pget := t.PGet // binds &t
	set := t.Set
	t.n = 2
	println(get(), pget(), t.Get())
	set(3)
	println(t.n, get(), pget())

	// through a pointer: value method copies *p at evaluation time
	p := &T{n: 10}
	g2 := p.Get
	pg2 := p.PGet
	p.n = 11
	println(g2(), pg2())
	p = &T{n: 12} // rebinding p does not affect the bound methods
	println(g2(), pg2())

	// receiver expression evaluated once
	f := getT().Plus
	println(f(1), f(2), evals)

	// from an interface: the interface's dynamic value is copied
	var i Getter = t
	ig := i.Get
	t.n = 100
	i = T{n: 200}
	println(ig(), i.Get())

	var ip Getter = &t
	ipg := ip.Get
	t.n = 300
	println(ipg())

	// method values in collections
	a, b := T{n: 1}, T{n: 2}
	fs := []func(int) int{a.Plus, b.Plus, T{n: 3}.Plus}
	for _, fn := range fs {
		print(fn(10), " ")
	}
	println()
	println(apply(a.Plus, 5), apply(b.Plus, 5))

	m := map[string]func(int){"a": a.Set, "b": b.Set}
	m["a"](7)
	m["b"](8)
	println(a.n, b.n)

	// method values bound in a loop: each captures its own receiver
	ts := []T{{1}, {2}, {3}}
	var gets []func() int
	for _, x := range ts {
		gets = append(gets, x.Get)
	}
	var pgets []func() int
	for i := range ts {
		pgets = append(pgets, ts[i].PGet)
	}
	ts[0].n = 100
	for k := range gets {
		print(gets[k](), ":", pgets[k](), " ")
	}
	println()

	// comparison of method values to nil
	var fn func() int = t.Get
	println(fn != nil)
}
