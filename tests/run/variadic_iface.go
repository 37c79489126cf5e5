// run

// Variadic parameters of interface type: ...any with mixed dynamic types
// inspected by a type switch, passing []any with ..., passing a single
// []any without ... (which becomes one element), nil elements, and
// ...error-like interfaces.

package main

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID(" + itoa(int(i)) + ")" }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func describe(args ...any) string {
	out := ""
	for i, a := range args {
		if i > 0 {
			out += " "
		}
		switch v := a.(type) {
		case nil:
			out += "nil"
		case int:
			out += "int:" + itoa(v)
		case string:
			out += "str:" + v
		case bool:
			if v {
				out += "true"
			} else {
				out += "false"
			}
		case Stringer:
			out += v.String()
		case []any:
			out += "slice[" + itoa(len(v)) + "]"
		default:
			out += "?"
		}
	}
	return out
}

func countNil(xs ...any) int {
	c := 0
	for _, x := range xs {
		if x == nil {
			c++
		}
	}
	return c
}

func strs(ss ...Stringer) string {
	out := ""
	for _, s := range ss {
		out += s.String()
	}
	return out
}

func main() {
	println(describe())
	println(describe(1, "a", true, nil, ID(7), 2.5))
	args := []any{3, "b", false}
	println(describe(args...))
	println(describe(args))
	println(describe(append([]any{args}, args...)...))
	println(countNil(nil, nil, 1), countNil(), countNil([]any{nil}...))
	var p *int
	println(countNil(p), countNil(nil))
	println(strs(ID(1), ID(2)), strs())
	ids := []Stringer{ID(10), ID(-3)}
	println(strs(ids...))
}
