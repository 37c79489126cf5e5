// run

// Variables escaping through returned pointers and closures: every call
// creates a fresh variable; pointers stored in package variables and
// data structures outlive the frame; local arrays returned by pointer.

package main

var global *int

type Counter struct{ n int }

func newInt(v int) *int {
	x := v
	return &x
}

func newCounter() *Counter {
	c := Counter{}
	return &c
}

func newArr() *[4]int {
	var a [4]int
	for i := range a {
		a[i] = i + 1
	}
	return &a
}

func stash(v int) {
	x := v * 2
	global = &x
}

func deep(n int) *int {
	if n == 0 {
		v := 1000
		return &v
	}
	p := deep(n - 1)
	*p += n
	return p
}

type List struct {
	head *elem
}

type elem struct {
	v    int
	next *elem
}

func (l *List) push(v int) {
	e := elem{v: v, next: l.head}
	l.head = &e
}

func main() {
	a := newInt(1)
	b := newInt(1)
	println(a == b, *a == *b)
	*a = 5
	println(*a, *b)

	c1 := newCounter()
	c2 := newCounter()
	c1.n++
	c1.n++
	c2.n += 10
	println(c1.n, c2.n, c1 == c2)

	arr := newArr()
	arr2 := newArr()
	arr[0] = 100
	println(arr[0], arr2[0], arr[3])

	stash(21)
	g1 := global
	stash(50)
	println(*g1, *global, g1 == global)

	println(*deep(4))
	println(*deep(0))

	var l List
	for i := 0; i < 5; i++ {
		l.push(i * i)
	}
	for e := l.head; e != nil; e = e.next {
		print(e.v, " ")
	}
	println()

	// many fresh variables from a loop
	ps := make([]*int, 0)
	for i := 0; i < 10; i++ {
		ps = append(ps, newInt(i))
	}
	sum := 0
	for _, p := range ps {
		sum += *p
	}
	println(sum, ps[3] != ps[4])

	// a pointer to a local that is then modified by the function that
	// returned it cannot happen; but closures can keep it alive too
	get, set := pair()
	set(9)
	println(get())
	get2, set2 := pair()
	set2(1)
	println(get(), get2())
}

func pair() (func() int, func(int)) {
	v := 0
	p := &v
	return func() int { return *p }, func(n int) { *p = n }
}
