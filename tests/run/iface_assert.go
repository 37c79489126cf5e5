// run

// Type assertions: x.(T) to concrete types and to interfaces, comma-ok
// forms with ok=false producing zero values, assertions on nil
// interfaces, assertion to a different-but-identical-underlying named
// type failing, and assertions between interface types.

package main

type Animal interface{ Sound() string }
type Named interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Cat struct{}

func (*Cat) Sound() string { return "meow" }

type MyInt int
type OtherInt int

func main() {
	var x any = 42
	i, ok := x.(int)
	println(i, ok)
	s, ok := x.(string)
	println(s == "", len(s), ok)
	f, ok := x.(float64)
	println(f == 0, ok)
	mi, ok := x.(MyInt)
	println(mi, ok)
	println(x.(int) + 1)

	x = MyInt(5)
	mi, ok = x.(MyInt)
	println(mi, ok)
	oi, ok := x.(OtherInt)
	println(oi, ok)
	_, ok = x.(int)
	println(ok)

	var a Animal = Dog{"rex"}
	d, ok := a.(Dog)
	println(d.name, ok)
	n, ok := a.(Named)
	println(ok, n.Name())
	_, ok = a.(*Dog)
	println(ok)
	pc, ok := a.(*Cat)
	println(pc == nil, ok)

	a = &Cat{}
	_, ok = a.(Named)
	println(ok)
	pc, ok = a.(*Cat)
	println(pc != nil, ok, pc.Sound())

	// assertion on nil interface
	var nothing any
	_, ok = nothing.(int)
	println(ok)
	na, ok := nothing.(Animal)
	println(na == nil, ok)
	var nilAnimal Animal
	_, ok = nilAnimal.(Dog)
	println(ok)

	// any holding an interface value holds the dynamic value only
	var holder any = a
	an, ok := holder.(Animal)
	println(ok, an.Sound())

	// struct and slice dynamic types
	x = []int{1, 2, 3}
	sl, ok := x.([]int)
	println(len(sl), ok)
	_, ok = x.([]string)
	println(ok)
	x = struct{ A int }{7}
	st, ok := x.(struct{ A int })
	println(st.A, ok)
	_, ok = x.(struct{ B int })
	println(ok)

	// assertion to an interface with a method the value lacks
	x = 3
	_, ok = x.(interface{ Sound() string })
	println(ok)
	x = Dog{"fido"}
	v, ok := x.(interface {
		Sound() string
		Name() string
	})
	println(ok, v.Name()+" says "+v.Sound())

	// assertion in an if chain
	vals := []any{1, "two", 3.0, Dog{"d"}, nil, MyInt(9)}
	for _, val := range vals {
		if n, ok := val.(int); ok {
			println("int", n)
		} else if s, ok := val.(string); ok {
			println("string", s)
		} else if an, ok := val.(Animal); ok {
			println("animal", an.Sound())
		} else if val == nil {
			println("nil")
		} else {
			println("other")
		}
	}
}
