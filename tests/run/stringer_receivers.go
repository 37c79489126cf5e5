// run

// Stringer and error methods on value vs pointer receivers as seen by fmt:
// a value-receiver String is used for values and pointers, a pointer-
// receiver String only for pointers; Error takes precedence over String;
// nil pointer receivers that handle nil, and nil pointers whose String
// panics (fmt prints <nil>); %d/%x bypassing String for numbers; %#v
// using GoString.

package main

import (
	"errors"
	"fmt"
)

type Val struct{ n int }

func (v Val) String() string { return fmt.Sprintf("Val<%d>", v.n) }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprintf("Ptr<%d>", p.n) }

type Both struct{ msg string }

func (b Both) String() string { return "string:" + b.msg }
func (b Both) Error() string  { return "error:" + b.msg }

type NilSafe struct{ name string }

func (n *NilSafe) String() string {
	if n == nil {
		return "NilSafe(nil)"
	}
	return "NilSafe(" + n.name + ")"
}

type Crashy struct{ name string }

func (c *Crashy) String() string { return "Crashy(" + c.name + ")" }

type MyErr struct{ code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "MyErr(nil)"
	}
	return fmt.Sprintf("code %d", e.code)
}

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Go struct{ a int }

func (g Go) GoString() string { return fmt.Sprintf("Go{%d}", g.a) }
func (g Go) String() string   { return "go!" }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

func find(code int) error {
	var e *MyErr
	if code > 0 {
		e = &MyErr{code}
	}
	return e // non-nil interface even when e is nil
}

func main() {
	v := Val{1}
	p := Ptr{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %v %s %+v %d\n", v, &v, p, &p, v)
	fmt.Printf("%v %s %q\n", []Val{{3}, {4}}, []*Ptr{{5}, {6}}, v)
	fmt.Printf("%v %v\n", []Ptr{{7}}, map[Val]int{{8}: 1})

	b := Both{"x"}
	fmt.Println(b, &b)
	fmt.Printf("%v %s %+v %#v\n", b, b, b, b.msg)
	var s fmt.Stringer = b
	var e error = b
	fmt.Println(s.String(), e.Error(), s, e)

	var ns *NilSafe
	fmt.Println(ns, &NilSafe{"a"})
	fmt.Printf("%v %s %+v\n", ns, ns, []*NilSafe{nil, {"b"}})

	var c *Crashy
	fmt.Println(c)
	fmt.Printf("%v|%s|%d\n", c, c, c)

	var me *MyErr
	fmt.Println(me, &MyErr{3})
	err := find(0)
	fmt.Println(err == nil, err, find(4))
	var nilErr error
	fmt.Println(nilErr == nil, nilErr)

	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v %d %x %s %q %05d\n", Level(1), Level(1), Level(10), Level(0), Level(1), Level(3))
	fmt.Printf("%v\n", []Level{0, 1, 2})
	fmt.Printf("%v %+v %#v %s\n", Go{1}, Go{2}, Go{3}, []Go{{4}})
	fmt.Printf("%#v\n", []any{Go{5}, Level(1), v})

	fmt.Println(Panicky{})
	fmt.Printf("[%s] [%d]\n", Panicky{}, Panicky{})

	wrapped := fmt.Errorf("wrap: %w", &MyErr{9})
	fmt.Println(wrapped, errors.Unwrap(wrapped))
	fmt.Printf("%v|%s|%q\n", wrapped, wrapped, wrapped)
	type pair struct {
		L Level
		V Val
		P *Ptr
	}
	fmt.Printf("%v %+v\n", pair{1, Val{2}, &Ptr{3}}, pair{0, Val{4}, nil})
}
