// run

// Type switches: single and multiple types per case (binding keeps the
// interface type), nil case, default anywhere, the bound variable typed
// per case, switching on interface types before concrete ones, a switch
// with an init statement, and a switch without a binding.

package main

type Celsius float64
type Stringer interface{ String() string }
type Point struct{ X, Y int }

func (p Point) String() string { return "point" }

type Err struct{ msg string }

func (e *Err) Error() string { return e.msg }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		// x has type any here
		if _, ok := x.(int); ok {
			return "int-ish (int)"
		}
		return "int-ish (int64)"
	case string:
		return "string len " + string(rune('0'+len(x)))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Celsius:
		if x > 30 {
			return "hot"
		}
		return "not hot"
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case []int:
		return "slice of " + string(rune('0'+len(x)))
	case func() int:
		return "func returns " + string(rune('0'+x()))
	default:
		return "unknown"
	}
}

func order(v any) string {
	// default first; case order matters for overlapping interfaces
	switch v.(type) {
	default:
		return "default"
	case Stringer:
		return "Stringer"
	case Point:
		return "Point (unreachable for Point)"
	}
}

func sum(vals []any) (n int) {
	for _, v := range vals {
		switch t := v.(type) {
		case int:
			n += t
		case int8:
			n += int(t)
		case uint:
			n += int(t)
		case *int:
			if t != nil {
				n += *t
			}
		}
	}
	return
}

func main() {
	tests := []any{nil, 1, int64(2), "abc", true, false, Celsius(35), Celsius(10),
		&Err{"boom"}, Point{}, []int{1, 2}, func() int { return 7 }, 3.5, uint8(1), &Point{}}
	for _, t := range tests {
		println(classify(t))
	}

	println(order(Point{}), order(1))

	x := 5
	println(sum([]any{1, int8(-2), uint(10), &x, (*int)(nil), "skip"}))

	// init statement
	switch v := any(Point{1, 2}); p := v.(type) {
	case Point:
		println("point with", p.X, p.Y)
	}

	// nil typed pointer in interface is not the nil case
	var e *Err
	var ev any = e
	switch ev.(type) {
	case nil:
		println("nil case")
	case *Err:
		println("*Err case, interface non-nil:", ev != nil)
	}

	// type switch on error interface value
	var err error = &Err{"x"}
	switch err.(type) {
	case interface{ Timeout() bool }:
		println("timeout")
	case *Err:
		println("Err")
	}

	// fallthrough is not allowed; break inside a type switch
	for i, v := range []any{1, "s", 2} {
		switch v.(type) {
		case int:
			if i == 0 {
				break
			}
			println("int at", i)
		case string:
			println("string at", i)
		}
	}
}
