// run

// Objects whose only reference is a map value (pointers, structs holding
// pointers, slices, strings, nested maps, interfaces, funcs) survive many
// collections while garbage of the same shapes is allocated and poisoned.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type node struct {
	id   int
	name string
	next *node
	data []int
}

type pair struct {
	a, b *node
	tag  string
}

var sink *node

// churn allocates garbage shaped like the live data and fills it with
// poison, so a freed-and-reused live object would be visibly corrupted.
func churn(n, seed int) {
	for i := 0; i < n; i++ {
		g := &node{id: -1 - i, name: "poison", data: make([]int, 4)}
		for j := range g.data {
			g.data[j] = -7
		}
		g.next = &node{id: -2, name: "poison2"}
		b := make([]byte, 24+i%40)
		for j := range b {
			b[j] = 0xEE
		}
		if i%97 == seed%97 {
			sink = g
		}
	}
	sink = nil
}

func mk(i int) *node {
	n := &node{id: i, name: "n" + strconv.Itoa(i), data: make([]int, 4)}
	for j := range n.data {
		n.data[j] = i*10 + j
	}
	n.next = &node{id: i + 1000000, name: "next"}
	return n
}

func check(n *node, i int) bool {
	if n == nil || n.id != i || !numIs(n.name, "n", i) || len(n.data) != 4 {
		return false
	}
	for j := range n.data {
		if n.data[j] != i*10+j {
			return false
		}
	}
	return n.next != nil && n.next.id == i+1000000 && n.next.name == "next"
}

const N = 2000

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
	ptrs := map[int]*node{}
	structs := map[string]pair{}
	slices := map[int][]*node{}
	strs := map[int]string{}
	nested := map[int]map[int]*node{}
	ifaces := map[int]interface{}{}
	funcs := map[int]func() int{}

	for i := 0; i < N; i++ {
		ptrs[i] = mk(i)
		structs["k"+strconv.Itoa(i)] = pair{mk(i), mk(i + 1), "t" + strconv.Itoa(i)}
		slices[i] = []*node{mk(i), mk(i * 2)}
		strs[i] = "value-" + strconv.Itoa(i*i)
		if nested[i%10] == nil {
			nested[i%10] = map[int]*node{}
		}
		nested[i%10][i] = mk(i)
		switch i % 3 {
		case 0:
			ifaces[i] = mk(i)
		case 1:
			ifaces[i] = pair{mk(i), nil, "p"}
		default:
			ifaces[i] = "s" + strconv.Itoa(i)
		}
		n := mk(i)
		funcs[i] = func() int { return n.id + n.data[3] }
		if i%100 == 0 {
			churn(200, i)
		}
	}

	for round := 0; round < 5; round++ {
		churn(20000, round)
		runtime.GC()
		bad := 0
		sum := 0
		for i := 0; i < N; i++ {
			if !check(ptrs[i], i) {
				bad++
			}
			p := structs["k"+strconv.Itoa(i)]
			if !check(p.a, i) || !check(p.b, i+1) || !numIs(p.tag, "t", i) {
				bad++
			}
			s := slices[i]
			if len(s) != 2 || !check(s[0], i) || !check(s[1], i*2) {
				bad++
			}
			if !numIs(strs[i], "value-", i*i) {
				bad++
			}
			if !check(nested[i%10][i], i) {
				bad++
			}
			switch v := ifaces[i].(type) {
			case *node:
				if i%3 != 0 || !check(v, i) {
					bad++
				}
			case pair:
				if i%3 != 1 || !check(v.a, i) || v.b != nil || v.tag != "p" {
					bad++
				}
			case string:
				if i%3 != 2 || !numIs(v, "s", i) {
					bad++
				}
			default:
				bad++
			}
			sum += funcs[i]()
		}
		// Replace a slice of entries each round: old values become garbage.
		for i := round; i < N; i += 5 {
			ptrs[i] = mk(i)
			slices[i] = []*node{mk(i), mk(i * 2)}
			delete(strs, i)
			strs[i] = "value-" + strconv.Itoa(i*i)
		}
		fmt.Println("round", round, "bad", bad, "sum", sum, "lens", len(ptrs), len(structs), len(slices), len(strs), len(nested), len(ifaces), len(funcs))
	}
}
