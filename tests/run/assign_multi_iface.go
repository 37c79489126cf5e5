// run

// Multi-value assignments and declarations whose variables are interfaces
// (each result is boxed), with blank names; range clauses that assign to
// index expressions (all index operands are evaluated before assigning);
// a range over a function call's array result evaluates the call once.

package main

import "fmt"

func g(x []int) ([]int, []int) { return x, x }

func two() (int, string) { return 1, "a" }

type S struct{ a, b, c, d, e int }

func big() (S, error) { return S{1, 2, 3, 4, 5}, fmt.Errorf("e%d", 7) }

var nmake int

func makearray() [5]int {
	nmake++
	return [5]int{1, 2, 3, 4, 5}
}

func main() {
	var h, _ interface{} = g([]int{1})
	fmt.Println(h.([]int)[0])
	var a, b interface{} = two()
	fmt.Println(a, b)
	var c, d any
	c, d = two()
	fmt.Println(c, d)
	var e any
	e, _ = two()
	fmt.Println(e)
	_, f := two()
	fmt.Println(f)
	var s, err any = big()
	fmt.Println(s, err)
	var st fmt.Stringer
	var n int
	n, st = 3, nil
	fmt.Println(n, st == nil)

	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)
	m := map[string]int{"k": 5}
	var keys [2]string
	j := 1
	for j, keys[j] = range []string{"p"} {
	}
	fmt.Println(j, keys, m)

	for i := range makearray() {
		_ = i
	}
	for range makearray() {
	}
	sum := 0
	for _, v := range makearray() {
		sum += v
	}
	fmt.Println(nmake, sum)
}
