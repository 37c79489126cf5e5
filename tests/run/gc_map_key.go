// run

// Objects whose only reference is a map key: pointer keys, struct keys
// holding strings and pointers, interface keys, array keys of strings.
// The map grows and shrinks while garbage is allocated.

package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type obj struct {
	id  int
	tag string
	buf []byte
}

type skey struct {
	name  string
	n     int
	label string
}

type pkey struct {
	p    *obj
	name string
}

var sink interface{}

func churn(n int) {
	for i := 0; i < n; i++ {
		o := &obj{id: -1, tag: "poison-poison", buf: make([]byte, 16)}
		for j := range o.buf {
			o.buf[j] = 0xAA
		}
		s := strings.Repeat("z", 8+i%24)
		if i%101 == 0 {
			sink = o
			sink = s
		}
	}
	sink = nil
}

func newObj(i int) *obj {
	o := &obj{id: i, tag: "obj" + strconv.Itoa(i), buf: make([]byte, 16)}
	for j := range o.buf {
		o.buf[j] = byte(i + j)
	}
	return o
}

func okObj(o *obj) bool {
	if !numIs(o.tag, "obj", o.id) || len(o.buf) != 16 {
		return false
	}
	for j := range o.buf {
		if o.buf[j] != byte(o.id+j) {
			return false
		}
	}
	return true
}

// The key strings are built at run time so they live on the heap.
func name(i int) string {
	return strings.Repeat("k", 1+i%5) + "-" + strconv.Itoa(i)
}

const N = 3000

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
	byPtr := map[*obj]int{}
	byStruct := map[skey]int{}
	byPkey := map[pkey]bool{}
	byIface := map[interface{}]int{}
	byArr := map[[2]string]int{}

	for i := 0; i < N; i++ {
		byPtr[newObj(i)] = i
		byStruct[skey{name(i), i, "L" + strconv.Itoa(i%7)}] = i * 2
		byPkey[pkey{newObj(i), name(i)}] = true
		if i%2 == 0 {
			byIface[newObj(i)] = i
		} else {
			byIface[name(i)] = i
		}
		byArr[[2]string{name(i), strconv.Itoa(i * 3)}] = i
		if i%50 == 0 {
			churn(300)
		}
	}

	verify := func(round int) {
		bad, sum := 0, 0
		for k, v := range byPtr {
			if k.id != v || !okObj(k) {
				bad++
			}
			sum += v
		}
		for i := 0; i < N; i++ {
			v, ok := byStruct[skey{name(i), i, "L" + strconv.Itoa(i%7)}]
			if ok != (i%3 != 0 || len(byStruct) == N) || ok && v != i*2 {
				bad++
			}
			if byArr[[2]string{name(i), strconv.Itoa(i * 3)}] != i {
				bad++
			}
			if i%2 == 1 {
				if v, ok := byIface[name(i)]; !ok || v != i {
					bad++
				}
			}
		}
		cnt := 0
		for k := range byPkey {
			if !okObj(k.p) || k.name != name(k.p.id) {
				bad++
			}
			cnt++
		}
		for k, v := range byStruct {
			if k.name != name(k.n) || v != k.n*2 || !numIs(k.label, "L", k.n%7) {
				bad++
			}
		}
		for k, v := range byIface {
			switch k := k.(type) {
			case *obj:
				if k.id != v || !okObj(k) {
					bad++
				}
			case string:
				if k != name(v) {
					bad++
				}
			}
		}
		fmt.Println("round", round, "bad", bad, "sum", sum, "sizes", len(byPtr), len(byStruct), len(byPkey), len(byIface), len(byArr), cnt)
	}

	for round := 0; round < 6; round++ {
		churn(30000)
		runtime.GC()
		verify(round)
		// Shrink: delete half of the pointer keys, then regrow with new ones.
		if round%2 == 0 {
			for k := range byPtr {
				if k.id%2 == round/2%2 {
					delete(byPtr, k)
				}
			}
			for k := range byStruct {
				if k.n%3 == 0 {
					delete(byStruct, k)
				}
			}
		} else {
			for i := 0; i < N; i++ {
				if i%2 == (round-1)/2%2 {
					byPtr[newObj(i)] = i
				}
				if i%3 == 0 {
					byStruct[skey{name(i), i, "L" + strconv.Itoa(i%7)}] = i * 2
				}
				if i%200 == 0 {
					churn(500)
				}
			}
		}
		runtime.GC()
	}
	verify(99)
}
