// run

// A singly linked list, a stack and a queue holding interface values (no
// generics): a Container interface, iteration through a callback, removal,
// in-place reversal with a tuple assignment, and %v/%T of mixed elements.

package main

import (
	"fmt"
	"strings"
)

type node struct {
	val  any
	next *node
}

type List struct {
	head, tail *node
	n          int
}

func (l *List) PushBack(v any) {
	nd := &node{val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.next = nd
		l.tail = nd
	}
	l.n++
}

func (l *List) PushFront(v any) {
	l.head = &node{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List) Each(f func(i int, v any)) {
	for i, n := 0, l.head; n != nil; i, n = i+1, n.next {
		f(i, n.val)
	}
}

func (l *List) Remove(pred func(any) bool) int {
	removed := 0
	var prev *node
	for n := l.head; n != nil; n = n.next {
		if pred(n.val) {
			if prev == nil {
				l.head = n.next
			} else {
				prev.next = n.next
			}
			if n == l.tail {
				l.tail = prev
			}
			l.n--
			removed++
			continue
		}
		prev = n
	}
	return removed
}

func (l *List) Reverse() {
	var prev *node
	l.tail = l.head
	for n := l.head; n != nil; {
		n.next, prev, n = prev, n, n.next
	}
	l.head = prev
}

func (l *List) String() string {
	parts := []string{}
	l.Each(func(_ int, v any) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

type Container interface {
	Put(v any)
	Take() (any, bool)
	Len() int
}

type Stack struct{ items []any }

func (s *Stack) Put(v any) { s.items = append(s.items, v) }
func (s *Stack) Take() (any, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack) Len() int { return len(s.items) }

type Queue struct{ l List }

func (q *Queue) Put(v any) { q.l.PushBack(v) }
func (q *Queue) Take() (any, bool) {
	if q.l.head == nil {
		return nil, false
	}
	v := q.l.head.val
	if q.l.head = q.l.head.next; q.l.head == nil {
		q.l.tail = nil
	}
	q.l.n--
	return v, true
}
func (q *Queue) Len() int { return q.l.n }

type point struct{ X, Y int }

func drain(name string, c Container) {
	for _, v := range []any{1, "two", 3.5, point{4, 5}, nil, []int{6}} {
		c.Put(v)
	}
	fmt.Printf("%s (%T) len=%d:", name, c, c.Len())
	for v, ok := c.Take(); ok; v, ok = c.Take() {
		fmt.Printf(" %v:%T", v, v)
	}
	fmt.Println(" | after len", c.Len())
}

func main() {
	var l List
	for i := 1; i <= 6; i++ {
		l.PushBack(i * i)
	}
	l.PushFront("start")
	l.PushBack(point{1, 2})
	fmt.Println(&l, l.n)
	n := l.Remove(func(v any) bool { x, ok := v.(int); return ok && x%2 == 0 })
	fmt.Println("removed", n, &l, l.n)
	l.Reverse()
	fmt.Println("reversed", &l, "head", l.head.val, "tail", l.tail.val)
	l.Remove(func(v any) bool { _, ok := v.(point); return ok })
	l.PushFront(0)
	fmt.Println(&l, "tail", l.tail.val)
	drain("stack", &Stack{})
	drain("queue", &Queue{})
	var empty List
	fmt.Println(&empty, empty.head == nil, empty.Remove(func(any) bool { return true }))
}
