// run

// Interface comparison: == between interfaces compares dynamic types and
// values; an interface holding a nil pointer is not nil; comparing an
// interface with a concrete value; interfaces of different interface
// types compared; interface values as map keys; error-style nil return.

package main

type E struct{ code int }

func (e *E) Error() string { return "E" }

type V struct{ code int }

func (v V) Error() string { return "V" }

type error2 interface{ Error() string }

func mayFail(fail bool) error2 {
	var e *E
	if fail {
		e = &E{1}
	}
	return e // non-nil interface even when e == nil!
}

func mayFailCorrect(fail bool) error2 {
	if fail {
		return &E{1}
	}
	return nil
}

type Num int

func main() {
	var a, b any
	println(a == nil, a == b)
	a, b = 1, 1
	println(a == b, a != b)
	b = int32(1)
	println(a == b)
	b = Num(1)
	println(a == b)
	a, b = "x", "x"
	println(a == b)
	a, b = 1.5, 1.5
	println(a == b)
	zero := 0.0
	a = zero / zero
	b = a
	println(a == b, "NaN inside interfaces")
	a, b = true, true
	println(a == b)
	a, b = V{1}, V{1}
	println(a == b)
	b = V{2}
	println(a == b)
	p := &E{1}
	a, b = p, p
	println(a == b)
	b = &E{1}
	println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	println(a == b)

	// compare with concrete values
	var c any = 5
	println(c == 5, c == "5", c == Num(5), c == int64(5))

	// nil pointer in an interface
	var ep *E
	var err error2 = ep
	println(ep == nil, err == nil, err != nil)
	println(mayFail(false) == nil, mayFail(true) == nil)
	println(mayFailCorrect(false) == nil, mayFailCorrect(true) == nil)
	var any2 any = ep
	println(any2 == nil, any2 == (*E)(nil), any2 == err)

	// different interface types with the same dynamic value
	var e1 error2 = V{3}
	var x any = V{3}
	println(e1 == x, x == e1)
	var e2 error2 = V{4}
	println(e1 == e2)

	// interfaces as map keys
	m := map[any]string{}
	m[1] = "int one"
	m[int64(1)] = "int64 one"
	m["1"] = "string one"
	m[V{1}] = "V one"
	m[nil] = "nil"
	m[[2]int{1, 1}] = "array"
	m[true] = "bool"
	println(len(m), m[1], m[int64(1)], m["1"], m[V{1}], m[nil], m[[2]int{1, 1}], m[true])
	m[1] = "replaced"
	println(len(m), m[1])
	_, ok := m[uint(1)]
	println(ok)
	ek := map[error2]int{V{1}: 1, V{2}: 2}
	println(ek[V{2}], len(ek))

	// switch on interface value
	for _, v := range []any{1, "a", V{1}, nil, 2} {
		switch v {
		case 1:
			println("one")
		case "a":
			println("a")
		case V{1}:
			println("V1")
		case nil:
			println("nil")
		default:
			println("default")
		}
	}
}
