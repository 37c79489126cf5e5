// run

// Singly and doubly linked lists of 4e4..1e5 nodes, rebuilt repeatedly,
// reversed, merge-sorted, split and spliced; circular lists (cycles);
// each step allocates garbage and collects, then verifies checksums.

package main

import (
	"fmt"
	"runtime"
)

type node struct {
	val  int
	next *node
}

type dnode struct {
	val        int
	prev, next *dnode
	tag        string
}

var sink *node

func churn(n int) {
	for i := 0; i < n; i++ {
		x := &node{-1, nil}
		x.next = x
		if i%1000 == 0 {
			sink = x
		}
	}
	sink = nil
}

// build makes a list of n nodes with pseudo-random values.
func build(n int, seed uint32) *node {
	var h *node
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		h = &node{int(seed >> 8 % 1000000), h}
	}
	return h
}

func sum(h *node) (n, s int) {
	for ; h != nil; h = h.next {
		n++
		s += h.val
	}
	return
}

func reverse(h *node) *node {
	var r *node
	for h != nil {
		nx := h.next
		h.next = r
		r, h = h, nx
	}
	return r
}

func mergeSort(h *node) *node {
	if h == nil || h.next == nil {
		return h
	}
	slow, fast := h, h.next
	for fast != nil && fast.next != nil {
		slow, fast = slow.next, fast.next.next
	}
	b := slow.next
	slow.next = nil
	a := mergeSort(h)
	b = mergeSort(b)
	var head node
	t := &head
	for a != nil && b != nil {
		if a.val <= b.val {
			t.next, a = a, a.next
		} else {
			t.next, b = b, b.next
		}
		t = t.next
	}
	if a != nil {
		t.next = a
	} else {
		t.next = b
	}
	return head.next
}

func sorted(h *node) bool {
	for ; h != nil && h.next != nil; h = h.next {
		if h.val > h.next.val {
			return false
		}
	}
	return true
}

// copyList makes fresh nodes; the old list becomes garbage.
func copyList(h *node) *node {
	var head node
	t := &head
	for ; h != nil; h = h.next {
		t.next = &node{h.val, nil}
		t = t.next
	}
	return head.next
}

func main() {
	// One big list of 1e5 nodes, kept across the whole run.
	big := build(100000, 1)
	bn, bs := sum(big)
	fmt.Println("big", bn, bs)

	// A working list of 100k nodes, transformed and rebuilt each round.
	l := build(50000, 7)
	n0, s0 := sum(l)
	for round := 0; round < 6; round++ {
		churn(10000)
		switch round % 3 {
		case 0:
			l = reverse(l)
		case 1:
			l = mergeSort(l)
		case 2:
			l = copyList(l)
		}
		churn(10000)
		runtime.GC()
		n, s := sum(l)
		fmt.Println("round", round, n == n0, s == s0, sorted(l))
		if round == 3 {
			l = build(50000, 7) // rebuilt from scratch
		}
	}

	// Split into even and odd positions, drop one half, splice the other
	// into the big list.
	var ev, od node
	te, to := &ev, &od
	i := 0
	for h := l; h != nil; h = h.next {
		if i%2 == 0 {
			te.next = h
			te = h
		} else {
			to.next = h
			to = h
		}
		i++
	}
	te.next, to.next = nil, nil
	l = nil
	en, es := sum(ev.next)
	ev.next = nil // the even half becomes garbage
	churn(20000)
	runtime.GC()
	on, os := sum(od.next)
	fmt.Println("split", en+on == n0, es+os == s0, on)
	to.next = big
	big = od.next
	n, s := sum(big)
	fmt.Println("spliced", n == bn+on, s == bs+os)

	// Doubly linked circular list: cycles everywhere.
	var ring *dnode
	for k := 0; k < 40000; k++ {
		d := &dnode{val: k, tag: "t"}
		if ring == nil {
			d.prev, d.next = d, d
			ring = d
		} else {
			d.prev, d.next = ring.prev, ring
			ring.prev.next = d
			ring.prev = d
		}
		if k%8000 == 0 {
			churn(5000)
		}
	}
	// Keep only a pointer into the middle of the ring.
	for k := 0; k < 20000; k++ {
		ring = ring.next
	}
	for round := 0; round < 3; round++ {
		churn(20000)
		runtime.GC()
		fw, bw, cnt, ok := 0, 0, 0, true
		d := ring
		for {
			fw += d.val * (cnt%3 + 1)
			ok = ok && d.next.prev == d && d.tag == "t"
			cnt++
			d = d.next
			if d == ring {
				break
			}
		}
		for c := 0; c < cnt; c++ {
			d = d.prev
			bw += d.val
		}
		fmt.Println("ring", round, cnt, fw, bw, ok, ring.val)
		// Unlink every 10th node; they become garbage (but still point
		// into the ring).
		d = ring
		for c := 0; c < cnt; c++ {
			nx := d.next
			if d.val%10 == round && d != ring {
				d.prev.next = d.next
				d.next.prev = d.prev
			}
			d = nx
		}
	}
}
