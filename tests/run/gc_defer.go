// run

// Objects whose only reference is a pending deferred call: a defer
// closure's captured variables, the evaluated arguments of a deferred
// call, a deferred method value's receiver, and many deferred calls
// queued in a loop. The collector runs while the defers are pending.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type box struct {
	id   int
	name string
	vals []int
}

func (b *box) check(out *[]string) {
	*out = append(*out, fmt.Sprint("method ", verify(b, b.id)))
}

var sink *box

func churn(n int) {
	for i := 0; i < n; i++ {
		b := &box{-1, "poison", []int{-1, -2, -3, -4}}
		if i%555 == 0 {
			sink = b
		}
	}
	sink = nil
}

func mk(i int) *box { return &box{i, "box" + strconv.Itoa(i), []int{i, i * 2, i * 3, i * 4}} }

func verify(b *box, i int) bool {
	return b != nil && b.id == i && numIs(b.name, "box", i) && len(b.vals) == 4 && b.vals[3] == i*4
}

func record(out *[]string, b *box, i int, s string) {
	*out = append(*out, fmt.Sprint("arg ", i, " ", verify(b, i), " ", numIs(s, "s", i)))
}

func work(out *[]string) {
	// Closure defer: captured variables are the only references.
	a := mk(1)
	s := "str" + strconv.Itoa(1)
	defer func() {
		*out = append(*out, fmt.Sprint("closure ", verify(a, 1), " ", s == "str1"))
	}()
	// Deferred call with evaluated arguments; the locals are overwritten.
	b := mk(2)
	t := "s" + strconv.Itoa(2)
	defer record(out, b, 2, t)
	b, t = nil, ""
	// Deferred method value; the receiver is only in the defer record.
	c := mk(3)
	defer c.check(out)
	c = nil
	// Reassigned captured variable: the defer sees the new value.
	d := mk(-4)
	defer func() {
		*out = append(*out, fmt.Sprint("reassigned ", verify(d, 4)))
	}()
	d = mk(4)
	// Many defers in a loop (not open-coded), each with its own object.
	for i := 10; i < 300; i++ {
		x := mk(i)
		defer func() {
			if !verify(x, i) {
				*out = append(*out, fmt.Sprint("loop defer bad ", i))
			}
		}()
		if i%50 == 0 {
			churn(3000)
		}
	}
	churn(50000)
	runtime.GC()
	churn(50000)
	runtime.GC()
}

// Deferred closures run during a panic unwinding, with GC inside them.
func panicky(out *[]string) (res int) {
	keep := mk(7)
	defer func() {
		r := recover()
		churn(20000)
		runtime.GC()
		res = keep.vals[1] + len(r.(*box).name)
		*out = append(*out, fmt.Sprint("recovered ", verify(keep, 7), " ", verify(r.(*box), 8)))
	}()
	defer func() {
		churn(20000)
		runtime.GC()
		*out = append(*out, fmt.Sprint("unwinding ", verify(keep, 7)))
	}()
	panic(mk(8))
}

// numIs reports whether s is prefix followed by the decimal form of v,
// without allocating (verification must not add garbage of its own).
func numIs(s, prefix string, v int) bool {
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return false
	}
	s = s[len(prefix):]
	if v < 0 {
		if s[0] != '-' {
			return false
		}
		s, v = s[1:], -v
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] != byte('0'+v%10) {
			return false
		}
		v /= 10
	}
	return len(s) > 0 && v == 0
}

func main() {
	for round := 0; round < 3; round++ {
		var out []string
		work(&out)
		fmt.Println("round", round, len(out))
		for _, s := range out {
			fmt.Println(" ", s)
		}
		out = nil
		fmt.Println("panicky", panicky(&out), out)
	}
}
