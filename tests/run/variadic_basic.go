// run

// Variadic functions: zero, one and many arguments, passing a slice with
// s... (which shares the caller's backing array), fixed parameters
// before the variadic one, nil vs empty variadic slice, and variadic
// closures and methods.

package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func count(xs ...int) (int, bool) { return len(xs), xs == nil }

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func forward(xs ...int) int { return sum(xs...) }

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

type Bag struct{ items []string }

func (b *Bag) Put(xs ...string) *Bag {
	b.items = append(b.items, xs...)
	return b
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3), sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	n, isNil := count()
	println(n, isNil)
	n, isNil = count([]int{}...)
	println(n, isNil)
	var nilS []int
	n, isNil = count(nilS...)
	println(n, isNil)
	n, isNil = count(4, 5)
	println(n, isNil)

	s := []int{5, 6, 7}
	println(sum(s...), forward(s...), forward())
	zeroFirst(s...)
	println(s[0], "shared backing array")
	zeroFirst(8, 9)
	t := []int{1, 2, 3}
	zeroFirst(t[1:]...)
	println(t[0], t[1], t[2])

	println(join(", "), join(", ", "a"), join(", ", "a", "b", "c"))
	words := []string{"x", "y"}
	println(join("-", words...), join("", "p", "q"))

	println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, []int{-5, -2}...))

	var b Bag
	b.Put().Put("a").Put("b", "c").Put([]string{"d", "e"}...)
	println(len(b.items), join("", b.items...))

	// variadic closure
	prod := func(xs ...int) int {
		p := 1
		for _, x := range xs {
			p *= x
		}
		return p
	}
	println(prod(), prod(2, 3, 4), prod(s...))

	// variadic function value
	var f func(...int) int = sum
	println(f(1, 1, 1))

	// many arguments
	println(sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
		21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32))

	// building argument lists dynamically
	var args []int
	for i := 0; i < 100; i++ {
		args = append(args, i)
	}
	println(sum(args...), sum(args[:10]...), sum(args[90:]...))
}
