// run

// Pointers to pointers: **T reads and writes, redirecting a pointer
// through a pointer to it, inserting into a linked list with a **node
// cursor, and nil handling at each level.

package main

type node struct {
	v    int
	next *node
}

func redirect(pp **int, to *int) { *pp = to }

func insertSorted(head **node, v int) {
	pp := head
	for *pp != nil && (*pp).v < v {
		pp = &(*pp).next
	}
	*pp = &node{v: v, next: *pp}
}

func remove(head **node, v int) bool {
	for pp := head; *pp != nil; pp = &(*pp).next {
		if (*pp).v == v {
			*pp = (*pp).next
			return true
		}
	}
	return false
}

func printList(n *node) {
	for ; n != nil; n = n.next {
		print(n.v, " ")
	}
	println()
}

func allocInto(pp **int, v int) {
	if *pp == nil {
		*pp = new(int)
	}
	**pp = v
}

func main() {
	x, y := 1, 2
	p := &x
	pp := &p
	println(**pp, *p)
	**pp = 10
	println(x)
	redirect(pp, &y)
	println(*p, p == &y)
	**pp = 20
	println(x, y)

	ppp := &pp
	***ppp = 30
	println(y, *ppp == pp, **ppp == p)

	var head *node
	for _, v := range []int{5, 1, 4, 2, 3, 0, 6} {
		insertSorted(&head, v)
	}
	printList(head)
	println(remove(&head, 0), remove(&head, 6), remove(&head, 3), remove(&head, 42))
	printList(head)

	var ip *int
	allocInto(&ip, 7)
	println(ip != nil, *ip)
	old := ip
	allocInto(&ip, 8)
	println(old == ip, *old)

	// nil pointer to pointer
	var nilpp **int
	println(nilpp == nil)
	var inner *int
	nilpp = &inner
	println(nilpp != nil, *nilpp == nil)

	// array of pointers and pointer to it
	arr := [3]*int{&x, &y, nil}
	parr := &arr
	*parr[0] = -1
	parr[2] = &x
	println(x, *arr[2], arr[0] == arr[2])
}
