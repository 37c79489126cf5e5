// run

// Deep recursion inside goroutines: 100 goroutines each recursing
// 10,000 deep with a local array in every frame (the stacks must grow).

package main

import (
	"fmt"
	"sort"
)

func deep(n int, seed int) int {
	var local [16]int
	for i := range local {
		local[i] = seed + i + n
	}
	if n == 0 {
		return local[15]
	}
	r := deep(n-1, seed)
	return r + local[n%16] - local[(n+1)%16]
}

type node struct {
	left, right *node
	val         int
}

func build(depth, v int) *node {
	if depth == 0 {
		return &node{val: v}
	}
	return &node{build(depth-1, 2*v), build(depth-1, 2*v+1), v}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

// A linked list walked recursively 50,000 deep.
type list struct {
	next *list
	v    int
}

func (l *list) length() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.length()
}

func main() {
	res := make(chan [2]int)
	for g := 0; g < 100; g++ {
		go func() {
			res <- [2]int{g, deep(10000, g)}
		}()
	}
	out := make([]int, 100)
	for i := 0; i < 100; i++ {
		r := <-res
		out[r[0]] = r[1]
	}
	fmt.Println(out[0], out[1], out[50], out[99])

	// Pointers into a goroutine's own stack stay valid as the stack grows.
	ptrs := make(chan int)
	go func() {
		x := 41
		p := &x
		deep(20000, 0)
		*p++
		ptrs <- x
	}()
	fmt.Println("ptr", <-ptrs)

	trees := make(chan int, 8)
	for i := 0; i < 8; i++ {
		go func() { trees <- build(12, i).sum() }()
	}
	var sums []int
	for i := 0; i < 8; i++ {
		sums = append(sums, <-trees)
	}
	sort.Ints(sums)
	fmt.Println(sums)

	var l *list
	for i := 0; i < 50000; i++ {
		l = &list{l, i}
	}
	lens := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { lens <- l.length() }()
	}
	fmt.Println(<-lens + <-lens + <-lens + <-lens)
}
