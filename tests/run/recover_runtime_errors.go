// run

// Runtime panics recovered and printed through fmt: index out of range,
// slice bounds, nil map write, integer division by zero, failed type
// assertions (concrete and interface targets), nil pointer dereference,
// custom panic values (error, Stringer, int, nil-safe), re-panics, and
// the runtime.Error interface on recovered values.

package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type shape interface{ Area() float64 }
type sq struct{ s float64 }

func (q sq) Area() float64 { return q.s * q.s }

type named interface{ Name() string }

type code int

func (c code) String() string { return "code-" + strconv.Itoa(int(c)) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%-12s %-5t %-5t %T: %v\n", name, isRT, isErr, r, r)
	}()
	f()
}

func divide(a, b int) int { return a / b }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	return a / b, nil
}

func main() {
	s := []int{1, 2, 3}
	idx := 5
	try("index", func() { _ = s[idx] })
	try("neg-index", func() { i := -1; _ = s[i+0*idx] })
	try("slice", func() { _ = s[1:idx] })
	try("slice3", func() { lo := 3; _ = s[lo:2] })
	arr := [4]int{}
	try("array", func() { arr[idx] = 1 })
	str := "hey"
	try("string", func() { _ = str[idx] })
	var m map[string]int
	try("nil-map", func() { m["a"] = 1 })
	try("nil-map-rd", func() { fmt.Print(m["a"], " ") })
	zero := 0
	try("div", func() { _ = divide(10, zero) })
	try("mod", func() { _ = 10 % zero })
	var sh shape = sq{2}
	try("assert", func() { _ = sh.(interface{ Perimeter() float64 }) })
	var a any = "text"
	try("assert-int", func() { _ = a.(int) })
	try("assert-nil", func() { var e any; _ = e.(string) })
	try("assert-if", func() { _ = a.(named) })
	var p *sq
	try("nil-ptr", func() { _ = p.s })
	try("nil-func", func() { var f func(); f() })
	try("custom-err", func() { panic(errors.New("custom failure")) })
	try("stringer", func() { panic(code(42)) })
	try("int", func() { panic(7) })
	try("fmt-err", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("no-panic", func() {})
	try("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	try("conv", func() {
		n := -1
		_ = make([]int, n)
	})
	q, err := safeDiv(7, 2)
	fmt.Println(q, err)
	q, err = safeDiv(7, 0)
	fmt.Println(q, err)
	fmt.Println(sh.Area(), a.(string))
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("error text:", e.Error())
				fmt.Printf("%q\n", e)
			}
		}()
		var mm map[[2]int]string
		mm[[2]int{1, 2}] = "x"
	}()
	fmt.Println("done")
}
