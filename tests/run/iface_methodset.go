// run

// Method sets and interface satisfaction: values of T satisfy interfaces
// with value-receiver methods only, *T satisfies both; embedded *T in a
// struct makes the struct value satisfy pointer methods; interface
// values built from values are copies while pointers share state; a
// type satisfying several interfaces; interface-to-interface conversion.

package main

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Box struct{ v int }

func (b Box) Get() int   { return b.v }
func (b *Box) Set(v int) { b.v = v }

type Holder struct{ *Box }
type ValHolder struct{ Box }

func useGS(gs GetSetter, v int) int {
	gs.Set(v)
	return gs.Get()
}

func main() {
	b := Box{1}
	var g Getter = b // copy
	b.v = 2
	println(g.Get(), b.Get())

	var gs GetSetter = &b
	u1 := useGS(gs, 10)
	println(u1, b.v)
	g = gs // interface to smaller interface
	gs.Set(11)
	println(g.Get())

	// Holder value satisfies GetSetter via embedded *Box
	h := Holder{&Box{5}}
	gs = h
	u2 := useGS(gs, 6)
	println(u2, h.v)

	// ValHolder: only *ValHolder has Set
	vh := ValHolder{Box{7}}
	var g2 Getter = vh
	gs = &vh
	gs.Set(8)
	println(g2.Get(), vh.v, gs.Get())

	// checking method sets with type assertions
	var x any = b
	_, isG := x.(Getter)
	_, isS := x.(Setter)
	println(isG, isS)
	x = &b
	_, isG = x.(Getter)
	_, isS = x.(Setter)
	println(isG, isS)
	x = h
	_, isS = x.(Setter)
	println(isS)
	x = vh
	_, isS = x.(Setter)
	println(isS)

	// interface holding pointer: Set through Getter via assertion
	var gp Getter = &b
	if s, ok := gp.(Setter); ok {
		s.Set(99)
	}
	println(b.v, gp.Get())

	// slice of interfaces built from a loop over values
	boxes := []Box{{1}, {2}, {3}}
	var getters []Getter
	for _, bx := range boxes {
		getters = append(getters, bx)
	}
	var ptrGetters []Getter
	for i := range boxes {
		ptrGetters = append(ptrGetters, &boxes[i])
	}
	boxes[0].v = 100
	println(getters[0].Get(), ptrGetters[0].Get())
}
