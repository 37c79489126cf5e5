// run

// Recovering run-time errors and printing their messages via the Error
// method: index out of range, slice bounds, nil map write, integer
// division and modulo by zero, nil pointer dereference, failed type
// assertions (concrete and interface targets, nil interface),
// conversion of a slice to a too-long array, and negative make length.

package main

type E interface{ Error() string }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			println(name, "-> no panic")
			return
		}
		if e, ok := r.(E); ok {
			println(name, "->", e.Error())
		} else {
			println(name, "-> non-error panic")
		}
	}()
	f()
}

type Shape interface{ Area() int }
type Sq struct{}

func (Sq) Area() int { return 1 }

type T struct{ x, y int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	n := -1
	zero := 0
	var m map[string]int
	var p *T
	var a any = "str"
	var nilAny any
	var arr [4]int

	try("index", func() { _ = s[i] })
	try("index neg", func() { _ = s[n+0*i] })
	try("array index", func() { _ = arr[i] })
	try("string index", func() { _ = "abc"[i] })
	try("slice high", func() { _ = s[1:i] })
	try("slice low>high", func() { j := 2; _ = s[j : 1+zero] })
	try("slice3", func() { _ = s[0:1:i] })
	try("nil map write", func() { m["a"] = 1 })
	try("nil map read", func() { _ = m["a"] })
	try("div zero", func() { _ = 10 / zero })
	try("mod zero", func() { _ = 10 % zero })
	try("nil deref", func() { _ = p.y })
	try("nil deref write", func() { p.x = 1 })
	try("assert concrete", func() { _ = a.(int) })
	try("assert iface", func() { _ = a.(Shape) })
	try("assert nil", func() { _ = nilAny.(int) })
	try("assert nil iface", func() { _ = nilAny.(Shape) })
	try("assert named", func() { var sh Shape = Sq{}; _ = sh.(interface{ Perim() int }) })
	try("slice to array", func() { _ = [5]int(s) })
	try("make negative", func() { _ = make([]int, n) })
	try("ok access", func() { _ = s[2] })
	try("custom", func() { panic(customErr{}) })
	try("string panic", func() { panic("plain") })
}

type customErr struct{}

func (customErr) Error() string { return "custom error value" }
