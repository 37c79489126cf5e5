// run

// An LRU cache: a doubly linked list with sentinel node plus a map from
// key to *entry, Get/Put/eviction with an OnEvict callback closure, hit
// and miss statistics, iteration from most to least recent, resizing,
// and a memoized function using the cache.

package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap          int
	items        map[string]*entry
	root         entry
	hits, misses int
	OnEvict      func(k string, v int)
}

func NewLRU(capacity int) *LRU {
	l := &LRU{cap: capacity, items: make(map[string]*entry)}
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.root.next
	e.prev = &l.root
	l.root.next.prev = e
	l.root.next = e
}

func (l *LRU) Get(k string) (int, bool) {
	if e, ok := l.items[k]; ok {
		l.hits++
		l.unlink(e)
		l.pushFront(e)
		return e.val, true
	}
	l.misses++
	return 0, false
}

func (l *LRU) Put(k string, v int) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
	l.evict()
}

func (l *LRU) evict() {
	for len(l.items) > l.cap {
		last := l.root.prev
		l.unlink(last)
		delete(l.items, last.key)
		if l.OnEvict != nil {
			l.OnEvict(last.key, last.val)
		}
	}
}

func (l *LRU) Resize(n int) { l.cap = n; l.evict() }

func (l *LRU) String() string {
	var parts []string
	for e := l.root.next; e != &l.root; e = e.next {
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU(3)
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, "=", v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c, len(c.items))
	v, ok := c.Get("a")
	fmt.Println(v, ok, c)
	c.Put("d", 4)
	fmt.Println(c, evicted)
	_, ok = c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, evicted)
	c.Resize(1)
	fmt.Println(c, evicted, c.hits, c.misses)
	c.Resize(4)
	for i, k := range strings.Split("w x y z w v", " ") {
		c.Put(k, i*10)
	}
	fmt.Println(c, len(c.items), evicted)

	calls := 0
	memo := NewLRU(5)
	var slowSquare func(n int) int
	slowSquare = func(n int) int {
		key := fmt.Sprint(n)
		if v, ok := memo.Get(key); ok {
			return v
		}
		calls++
		r := n * n
		memo.Put(key, r)
		return r
	}
	sum := 0
	for _, n := range []int{1, 2, 3, 1, 2, 4, 5, 6, 1, 7, 2, 2, 3} {
		sum += slowSquare(n)
	}
	fmt.Println("sum", sum, "calls", calls, "hits", memo.hits, "misses", memo.misses, memo)
	empty := NewLRU(0)
	empty.Put("x", 1)
	_, ok = empty.Get("x")
	fmt.Println(empty, ok, empty.root.next == &empty.root)
}
