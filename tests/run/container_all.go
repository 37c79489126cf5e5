// run

package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

func printList(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | rev:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

func testList() {
	var l list.List // zero value
	printList("zero", &l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList("a", &l)
	l.MoveToBack(e1)
	printList("b", &l)
	l.MoveToFront(e1)
	l.MoveToFront(e1)
	printList("c", &l)
	l.MoveAfter(e1, e4)
	printList("d", &l)
	l.MoveBefore(e1, e4)
	printList("e", &l)
	l.MoveBefore(e4, e4)
	l.MoveAfter(e4, e4)
	printList("f", &l)
	fmt.Println("remove:", l.Remove(e1))
	fmt.Println("remove again:", l.Remove(e1))
	printList("g", &l)
	fmt.Println(e1.Next() == nil, e1.Prev() == nil)

	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	// foreign element: no effect
	fmt.Println(l.InsertBefore(9, other.Front()) == nil, l.InsertAfter(9, other.Front()) == nil)
	l.MoveToFront(other.Back())
	l.Remove(other.Front())
	printList("h", &l)
	printList("other", other)
	l.PushBackList(other)
	l.PushFrontList(other)
	printList("i", &l)
	l.PushBackList(&l)
	printList("j", &l)
	l.PushFrontList(&l)
	printList("k", &l)
	l.Init()
	printList("init", &l)
	for i := 0; i < 5; i++ {
		l.PushBack(i * i)
	}
	var next *list.Element
	for e := l.Front(); e != nil; e = next {
		next = e.Next()
		if e.Value.(int)%2 == 0 {
			l.Remove(e)
		}
	}
	printList("odd", &l)
	var z list.List
	z.PushBackList(other)
	printList("z", &z)
	var z2 list.List
	z2.PushFrontList(other)
	printList("z2", &z2)
}

func testHeap() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	fmt.Println("heap:", *h)
	(*h)[3] = -5
	heap.Fix(h, 3)
	fmt.Println("fixed:", *h)
	fmt.Println("removed:", heap.Remove(h, 2), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PQ, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	item.priority = 5
	heap.Fix(&pq, item.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()
	// deterministic larger case
	h2 := &IntHeap{}
	x := 12345
	for i := 0; i < 200; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		heap.Push(h2, x%1000)
	}
	for i := 0; i < 50; i++ {
		heap.Remove(h2, (i*7)%h2.Len())
	}
	prev := -1
	ok := true
	n := 0
	for h2.Len() > 0 {
		v := heap.Pop(h2).(int)
		if v < prev {
			ok = false
		}
		prev = v
		n++
	}
	fmt.Println("sorted:", ok, n)
}

func testRing() {
	var zr ring.Ring
	fmt.Println("zero len", zr.Len(), zr.Next() == &zr, zr.Prev() == &zr)
	var nr *ring.Ring
	fmt.Println("nil len", nr.Len(), ring.New(0) == nil, ring.New(-1) == nil)
	r := ring.New(5)
	fmt.Println("len", r.Len())
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show := func(name string, r *ring.Ring) {
		fmt.Print(name, ":")
		r.Do(func(p any) { fmt.Print(" ", p) })
		fmt.Println()
	}
	show("r", r)
	show("move2", r.Move(2))
	show("move-2", r.Move(-2))
	show("move7", r.Move(7))
	show("prev", r.Prev())
	removed := r.Unlink(2)
	show("after unlink", r)
	show("removed", removed)
	fmt.Println(r.Unlink(0) == nil)
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 + i
		s = s.Next()
	}
	res := r.Link(s)
	show("linked", r)
	show("res", res)
	// same-ring link removes the elements between
	sub := r.Link(r.Move(3))
	show("after self-link", r)
	show("sub", sub)
	sum := 0
	r.Do(func(p any) { sum += p.(int) })
	fmt.Println("sum", sum)
	one := ring.New(1)
	one.Value = "solo"
	show("one", one)
	fmt.Println(one.Link(one) == one, one.Len())
}

func main() {
	testList()
	testHeap()
	testRing()
}
