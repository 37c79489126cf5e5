// Package heap provides heap operations for any type that implements
// heap.Interface. A heap is a tree with the property that each node is
// the minimum-valued node in its subtree; the minimum element is at
// index 0.
//
// Written for gocl from the package documentation.
package heap

import "sort"

// Interface describes the requirements for a type using the routines in
// this package. Any type that implements it may be used as a min-heap.
// Push and Pop are called by this package only: use heap.Push and
// heap.Pop to add and remove things from the heap.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariants. It is idempotent with respect to
// the heap invariants and may be called whenever they may have been
// invalidated. The complexity is O(n) where n = h.Len().
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push pushes the element x onto the heap. The complexity is O(log n)
// where n = h.Len().
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the minimum element (according to Less) from
// the heap. The complexity is O(log n) where n = h.Len(). Pop is
// equivalent to Remove(h, 0).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i from the heap. The
// complexity is O(log n) where n = h.Len().
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if last != i {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix re-establishes the heap ordering after the element at index i has
// changed its value. Changing the value of the element at index i and
// then calling Fix is equivalent to, but less expensive than, calling
// Remove(h, i) followed by a Push of the new value. The complexity is
// O(log n) where n = h.Len().
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves the element at index i towards the root while it is less
// than its parent.
func siftUp(h Interface, i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !h.Less(i, parent) {
			break
		}
		h.Swap(parent, i)
		i = parent
	}
}

// siftDown moves the element at index start towards the leaves of the
// heap h[:n] while a child is less than it, and reports whether it moved.
func siftDown(h Interface, start, n int) bool {
	i := start
	for {
		left := 2*i + 1
		if left >= n || left < 0 { // left < 0 after int overflow
			break
		}
		child := left
		if right := left + 1; right < n && h.Less(right, left) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > start
}
