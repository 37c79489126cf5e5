// errorcheck

// A pointer method needs an addressable receiver: it cannot be called
// on a function result, a map element or a composite literal value, and
// the method expression T.M does not exist for a pointer method M.

package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func (t T) Get() int { return t.n }

func mk() T { return T{} }

func main() {
	var t T
	t.Inc()
	mk().Inc() // ERROR "cannot call pointer method Inc on T"
	m := map[int]T{}
	m[0].Inc() // ERROR "cannot call pointer method Inc on T"
	T{}.Inc() // ERROR "cannot call pointer method Inc on T"
	println(mk().Get(), T{}.Get())
	f := mk().Inc // ERROR "cannot call pointer method Inc on T"
	f()
	g := T.Inc // ERROR "invalid method expression T.Inc \(needs pointer receiver \(\*T\).Inc\)"
	h := (*T).Get
	k := T.Put // ERROR "T.Put undefined \(type T has no field or method Put\)"
	println(g, h(&t), k)
}
