// run

// Panic values whose only reference is the panic in flight: pointers,
// big structs with pointer fields, run-time built strings, wrapped
// errors, a panic replaced by another panic in a deferred call, and
// runtime errors. Deferred calls at every level of the unwinding
// allocate garbage and collect; the recovered values are checked later.

package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type payload struct {
	id    int
	parts []string
	next  *payload
}

type bigPanic struct {
	nums [300]int
	p    *payload
	msg  string
}

type codeErr struct {
	code int
	det  *payload
}

func (e *codeErr) Error() string { return "code " + strconv.Itoa(e.code) + " " + e.det.parts[0] }

var sink *payload

func churn(n int) {
	for i := 0; i < n; i++ {
		p := &payload{-1, []string{"poison", "poison"}, nil}
		p.next = p
		if i%444 == 0 {
			sink = p
		}
	}
	sink = nil
}

func mk(i int) *payload {
	p := &payload{id: i}
	for j := 0; j < 3; j++ {
		p.parts = append(p.parts, "part"+strconv.Itoa(i*10+j))
	}
	p.next = &payload{id: i + 1, parts: []string{"tail"}}
	return p
}

func ok(p *payload, i int) bool {
	if p == nil || p.id != i || len(p.parts) != 3 || p.next == nil || p.next.id != i+1 || p.next.parts[0] != "tail" {
		return false
	}
	for j, s := range p.parts {
		if !numIs(s, "part", i*10+j) {
			return false
		}
	}
	return true
}

// thrower panics with v after recursing depth frames, each with a
// deferred collection.
func thrower(depth int, v func() interface{}) {
	defer func() {
		churn(2000)
		if depth%3 == 0 {
			runtime.GC()
		}
	}()
	if depth == 0 {
		panic(v())
	}
	thrower(depth-1, v)
}

func catch(depth int, v func() interface{}) (r interface{}) {
	defer func() { r = recover() }()
	thrower(depth, v)
	return nil
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
	var got []interface{}
	got = append(got, catch(10, func() interface{} { return mk(1) }))
	got = append(got, catch(5, func() interface{} {
		var b bigPanic
		for i := range b.nums {
			b.nums[i] = i * i
		}
		b.p = mk(2)
		b.msg = strings.Repeat("big", 50)
		return b
	}))
	got = append(got, catch(7, func() interface{} { return "msg-" + strconv.Itoa(12345) + strings.Repeat("!", 30) }))
	got = append(got, catch(3, func() interface{} {
		return fmt.Errorf("outer: %w", &codeErr{42, mk(3)})
	}))
	// A deferred call panics again while the first panic is in flight:
	// the first value is still referenced by the runtime until recovered.
	got = append(got, func() (r interface{}) {
		defer func() { r = recover() }()
		defer func() {
			churn(20000)
			runtime.GC()
			panic(mk(5))
		}()
		panic(mk(4))
	}())
	// Runtime error.
	got = append(got, func() (r interface{}) {
		defer func() { r = recover() }()
		s := make([]int, 3)
		i := 5
		churn(10)
		return s[i]
	}())
	// A recovered panic re-panicked with its own value.
	got = append(got, catch(2, func() interface{} {
		defer func() {
			r := recover()
			churn(20000)
			runtime.GC()
			panic(r)
		}()
		panic(mk(6))
	}))

	for round := 0; round < 4; round++ {
		churn(50000)
		runtime.GC()
		var res []string
		res = append(res, fmt.Sprint(ok(got[0].(*payload), 1)))
		b := got[1].(bigPanic)
		sq := true
		for i := range b.nums {
			sq = sq && b.nums[i] == i*i
		}
		res = append(res, fmt.Sprint(sq, ok(b.p, 2), b.msg == strings.Repeat("big", 50)))
		res = append(res, got[2].(string))
		err := got[3].(error)
		var ce *codeErr
		res = append(res, fmt.Sprint(err, errors.As(err, &ce), ce != nil && ok(ce.det, 3)))
		res = append(res, fmt.Sprint(ok(got[4].(*payload), 5)))
		re, isRE := got[5].(runtime.Error)
		res = append(res, fmt.Sprint(isRE)+" "+re.Error())
		res = append(res, fmt.Sprint(ok(got[6].(*payload), 6)))
		fmt.Println("round", round, strings.Join(res, " | "))
	}
}
