// run

// The empty interface any: holding values of every kind, storing in
// slices and maps, copying semantics (an any holding an array or struct
// holds a copy), reassigning, and extracting with assertions; a simple
// heterogeneous stack.

package main

type Stack struct{ items []any }

func (s *Stack) Push(v any) { s.items = append(s.items, v) }
func (s *Stack) Pop() any {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s *Stack) Len() int { return len(s.items) }

type P struct{ X int }

func kind(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case int8:
		return "int8"
	case uint16:
		return "uint16"
	case float32:
		return "float32"
	case float64:
		return "float64"
	case complex128:
		return "complex128"
	case string:
		return "string"
	case rune:
		return "rune"
	case byte:
		return "byte"
	case bool:
		return "bool"
	case []byte:
		return "[]byte"
	case map[string]int:
		return "map"
	case P:
		return "P"
	case *P:
		return "*P"
	case [3]int:
		return "[3]int"
	case func():
		return "func"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	vals := []any{1, int8(2), uint16(3), float32(4), 5.0, 6i, "seven", '8', byte(9),
		true, []byte("x"), map[string]int{}, P{1}, &P{2}, [3]int{}, func() {}, nil, struct{}{}}
	for _, v := range vals {
		print(kind(v), " ")
	}
	println(len(vals))

	// copies
	arr := [3]int{1, 2, 3}
	var a any = arr
	arr[0] = 100
	println(a.([3]int)[0])
	p := P{5}
	a = p
	p.X = 6
	println(a.(P).X)
	pp := &p
	a = pp
	p.X = 7
	println(a.(*P).X)

	// slices inside any share backing storage
	s := []int{1, 2}
	a = s
	s[0] = 10
	println(a.([]int)[0])

	var st Stack
	st.Push(1)
	st.Push("two")
	st.Push(P{3})
	st.Push(nil)
	println(st.Len())
	println(st.Pop() == nil)
	println(st.Pop().(P).X, st.Pop().(string), st.Pop().(int), st.Len())

	// map of any
	cfg := map[string]any{"port": 8080, "host": "h", "debug": true, "ratio": 0.5}
	port := cfg["port"].(int)
	host := cfg["host"].(string)
	dbg := cfg["debug"].(bool)
	_, isStr := cfg["ratio"].(string)
	println(port, host, dbg, isStr, cfg["missing"] == nil)

	// any holding any
	var inner any = 42
	var outer any = inner
	println(outer.(int), kind(outer))

	// nested containers
	tree := []any{1, []any{2, 3, []any{4}}, 5}
	println(sumTree(tree))
}

func sumTree(v any) int {
	switch t := v.(type) {
	case int:
		return t
	case []any:
		s := 0
		for _, e := range t {
			s += sumTree(e)
		}
		return s
	}
	return 0
}
