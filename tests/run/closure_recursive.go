// run

// Recursive closures via var declaration: factorial, mutual recursion
// between two closures, a recursive tree walk capturing an accumulator,
// closures calling themselves after reassignment, and a Y-combinator
// style fixed point.

package main

type tree struct {
	v           int
	left, right *tree
}

func insert(t *tree, v int) *tree {
	if t == nil {
		return &tree{v: v}
	}
	if v < t.v {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

type fn func(int) int

func fix(f func(fn) fn) fn {
	var g fn
	g = func(n int) int { return f(g)(n) }
	return g
}

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10), fact(0), fact(20))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	println(isEven(10), isOdd(7), isEven(7))

	var root *tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	var order []int
	var walk func(*tree)
	walk = func(t *tree) {
		if t == nil {
			return
		}
		walk(t.left)
		order = append(order, t.v)
		walk(t.right)
	}
	walk(root)
	for _, v := range order {
		print(v, " ")
	}
	println()

	var height func(*tree) int
	height = func(t *tree) int {
		if t == nil {
			return 0
		}
		return 1 + max(height(t.left), height(t.right))
	}
	println(height(root))

	// reassigning the variable changes what the recursion calls
	var r func(int) int
	r = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + r(n-1)
	}
	orig := r
	r = func(n int) int { return 1000 }
	println(orig(5))

	fib := fix(func(self fn) fn {
		return func(n int) int {
			if n < 2 {
				return n
			}
			return self(n-1) + self(n-2)
		}
	})
	println(fib(20))

	// permutations via recursive closure
	var perms [][]int
	var permute func([]int, int)
	permute = func(a []int, k int) {
		if k == len(a) {
			cp := make([]int, len(a))
			copy(cp, a)
			perms = append(perms, cp)
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			permute(a, k+1)
			a[k], a[i] = a[i], a[k]
		}
	}
	permute([]int{1, 2, 3}, 0)
	for _, p := range perms {
		print(p[0], p[1], p[2], " ")
	}
	println(len(perms))

	// Ackermann with deep recursion through a closure
	var ack func(m, n int) int
	ack = func(m, n int) int {
		switch {
		case m == 0:
			return n + 1
		case n == 0:
			return ack(m-1, 1)
		}
		return ack(m-1, ack(m, n-1))
	}
	println(ack(2, 3), ack(3, 3))
}
