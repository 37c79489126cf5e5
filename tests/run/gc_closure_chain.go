// run

// Chains of closures where each closure's only reference to the rest of
// the chain is its captured predecessor (10000 deep), self-referencing
// recursive closures, memoizing closures owning a map, and closures held
// in struct fields, maps and channels, rebuilt while collecting.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type cfg struct {
	name string
	on   func(int) int
	next *cfg
}

var sink func() int

func churn(n int) {
	for i := 0; i < n; i++ {
		s := []int{-1, -1}
		f := func() int { return s[0] + i }
		if i%999 == 0 {
			sink = f
		}
	}
	sink = nil
}

// chain builds f_n = f_{n-1} + v_n, each closure owning its own heap value.
func chain(n int) func() int {
	f := func() int { return 0 }
	for i := 1; i <= n; i++ {
		prev := f
		v := &[2]int{i, i * i}
		f = func() int { return prev() + v[0] }
		if i%2000 == 0 {
			churn(2000)
		}
	}
	return f
}

// compose builds a chain of composed funcs of strings.
func compose(n int) func(string) string {
	f := func(s string) string { return s }
	for i := 0; i < n; i++ {
		g := f
		suffix := strconv.Itoa(i % 10)
		f = func(s string) string { return g(s) + suffix }
	}
	return f
}

func memo() func(int) int {
	cache := map[int]*[1]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if c, ok := cache[n]; ok {
			return c[0]
		}
		r := (fib(n-1) + fib(n-2)) % 1000000007
		cache[n] = &[1]int{r}
		return r
	}
	return fib
}

func main() {
	for round := 0; round < 2; round++ {
		c := chain(10000)
		cs := compose(500)
		fib := memo()
		cfgs := map[string]*cfg{}
		var head *cfg
		for i := 0; i < 1000; i++ {
			k := i
			table := make([]int, 10)
			for j := range table {
				table[j] = k * j
			}
			head = &cfg{"c" + strconv.Itoa(i), func(x int) int { return table[x%10] + k }, head}
			cfgs[head.name] = head
		}
		ch := make(chan func() int, 100)
		for i := 0; i < 100; i++ {
			s := "chan" + strconv.Itoa(i)
			ch <- func() int { return len(s) }
		}
		churn(5000)
		runtime.GC()
		churn(5000)
		runtime.GC()
		r1 := c()
		r2 := cs("x")
		r3 := fib(2000)
		t := 0
		for p := head; p != nil; p = p.next {
			t += p.on(7)
		}
		t2 := 0
		for i := 0; i < 1000; i += 37 {
			t2 += cfgs["c"+strconv.Itoa(i)].on(3)
		}
		t3 := 0
		for i := 0; i < 100; i++ {
			f := <-ch
			t3 += f()
		}
		fmt.Println("round", round, r1, len(r2), r2[:12], r3, t, t2, t3)
	}
}
