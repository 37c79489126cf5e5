// run

// Deep recursion (10k to 40k frames) where every frame holds the only
// reference to its own heap node in locals of several kinds (pointer,
// string, slice, interface, struct with pointers). Garbage is allocated
// and the collector runs at the bottom and along the way; each frame
// verifies its data while unwinding.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type node struct {
	depth int
	tag   string
	kids  []int
}

type pair struct {
	a, b *node
}

var sink *node

func churn(n int) {
	for i := 0; i < n; i++ {
		g := &node{-1, "poison", []int{-1, -1, -1}}
		if i%999 == 0 {
			sink = g
		}
	}
	sink = nil
}

func mk(d int) *node { return &node{d, "d" + strconv.Itoa(d), []int{d, d + 1, d + 2}} }

// digitsOK reports whether s is prefix followed by the decimal digits of
// v (v >= 0), without allocating.
func digitsOK(s, prefix string, v int) bool {
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return false
	}
	for i := len(s) - 1; i >= len(prefix); i-- {
		if s[i] != byte('0'+v%10) {
			return false
		}
		v /= 10
	}
	return v == 0
}

func ok(n *node, d int) bool {
	return n != nil && n.depth == d && digitsOK(n.tag, "d", d) && len(n.kids) == 3 && n.kids[0] == d && n.kids[2] == d+2
}

// down recurses to max; each frame keeps p, s, sl, x, pr live across the
// recursive call (sl, x and pr hold the frame's node p, or its own second
// node every 8th frame). Returns the number of frames that saw corrupted
// data.
func down(d, max int) int {
	p := mk(d)
	s := "str" + strconv.Itoa(d*7)
	q := p
	if d%8 == 0 {
		q = mk(d + 1)
	}
	sl := []*node{q}
	var x interface{} = q
	pr := pair{q, nil}
	if d%10000 == 0 {
		churn(2000)
	}
	bad := 0
	if d < max {
		bad = down(d+1, max)
	} else {
		churn(8000)
		runtime.GC()
		churn(8000)
		runtime.GC()
	}
	qd := d
	if d%8 == 0 {
		qd = d + 1
	}
	if !ok(p, d) || !digitsOK(s, "str", d*7) || sl[0] != q || x.(*node) != q || pr.a != q || pr.b != nil || !ok(q, qd) {
		bad++
	}
	if d%25000 == 0 {
		// Collections while unwinding, too.
		churn(1000)
		runtime.GC()
	}
	return bad
}

// Mutual recursion where the only reference travels in arguments.
func even(n *node, d, max int) int {
	if d == max {
		churn(10000)
		runtime.GC()
		return d
	}
	r := odd(mk(d+1), d+1, max)
	if !ok(n, d) {
		return -1000000
	}
	return r + n.depth
}

func odd(n *node, d, max int) int {
	r := even(mk(d+1), d+1, max)
	if !ok(n, d) {
		return -1000000
	}
	return r - n.depth
}

// A linked structure built on the way down, referenced only by the frames
// (each frame links its node to the parent's).
type link struct {
	up  *link
	val int
}

func chain(up *link, d, max int) int {
	me := &link{up, d}
	if d == max {
		churn(10000)
		runtime.GC()
		t := 0
		for l := me; l != nil; l = l.up {
			t += l.val
		}
		return t
	}
	t := chain(me, d+1, max)
	if me.val != d || (up != nil && up.val != d-1) {
		return -1
	}
	return t
}

func main() {
	for _, max := range []int{10000, 40000} {
		fmt.Println("down", max, "bad", down(0, max))
	}
	fmt.Println("mutual", even(mk(0), 0, 12000))
	fmt.Println("chain", chain(nil, 0, 30000))
	runtime.GC()
	fmt.Println("down again", down(0, 10000))
}
