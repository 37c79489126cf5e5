// run

// fmt verbs on nested composite values: %v %+v %#v %T on structs holding
// slices, maps, pointers, arrays, interfaces and nested structs; nil
// values of every kind; maps printed with sorted keys; byte slices.

package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name   string
	In     Inner
	PIn    *Inner
	List   []Inner
	M      map[string]int
	Arr    [3]bool
	Any    any
	Err    error
	F      func()
	Bytes  []byte
	hidden float64
}

type Celsius float64
type Names []string
type Table map[int]Names

func main() {
	in := Inner{7, "seven"}
	o := Outer{
		Name:   "outer",
		In:     in,
		PIn:    &Inner{8, "eight"},
		List:   []Inner{{1, "a"}, {2, "b"}},
		M:      map[string]int{"z": 26, "a": 1, "m": 13},
		Arr:    [3]bool{true, false, true},
		Any:    Inner{3, "any"},
		Bytes:  []byte("hi"),
		hidden: 2.5,
	}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.List)
	fmt.Printf("%+v\n", o.List)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%v %+v\n", *o.PIn, o.M)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%v %#v\n", o.Arr, o.Arr)
	fmt.Printf("%v %+v %#v\n", o.Any, o.Any, o.Any)
	fmt.Printf("%v %#v %s %x %X %q\n", o.Bytes, o.Bytes, o.Bytes, o.Bytes, o.Bytes, o.Bytes)
	fmt.Printf("%v %+v\n", o.Err, o.Err)
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T\n", o, o.PIn, o.List, o.M, o.Arr, o.Any, o.Err)
	fmt.Printf("%T %T %T\n", o.F, main, fmt.Printf)
	fmt.Println(o.F == nil, o.hidden)

	var np *Inner
	var ns []int
	var nm map[string]bool
	var ni any
	var ne error
	fmt.Printf("%v %v %v %v %v\n", np, ns, nm, ni, ne)
	fmt.Printf("%+v %+v %+v %+v\n", np, ns, nm, ni)
	fmt.Printf("%#v %#v %#v %#v %#v\n", np, ns, nm, ni, ne)
	fmt.Printf("%d %s\n", ns, ns)
	empty := []int{}
	fmt.Printf("%v %#v %v %#v\n", empty, empty, map[int]int{}, map[int]int{})

	c := Celsius(21.5)
	ns2 := Names{"x", "y"}
	t := Table{3: {"c"}, 1: {"a", "aa"}, 2: nil}
	fmt.Printf("%v %#v %T\n", c, c, c)
	fmt.Printf("%v %#v %T\n", ns2, ns2, ns2)
	fmt.Printf("%v %#v\n", t, t)
	nested := map[string][]map[int]string{"k": {{2: "two", 1: "one"}, nil}}
	fmt.Printf("%v\n%#v\n", nested, nested)
	pp := &o.In
	fmt.Printf("%v %+v\n", pp, pp)
	ptrs := []*Inner{{1, "p"}, nil}
	fmt.Printf("%v %d\n", len(ptrs), *ptrs[0])
	anon := struct {
		X, Y int
		Tag  string
	}{1, 2, "t"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	iface := []any{1, "s", 2.5, nil, []string{"q"}, map[string]any{"n": nil}, Inner{}, true, 'x', uint8(9)}
	fmt.Printf("%v\n%+v\n%#v\n", iface, iface, iface)
	fmt.Println(fmt.Sprint(iface...))
	fmt.Println(&Inner{}, []any{&in}[0] != nil)
	fmt.Println(fmt.Sprintln("a", 1, 2, "b", "c", 3.0, nil))
}
