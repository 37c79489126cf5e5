// run

// Closure-based generators and state machines: fibonacci and prime
// generators, a memoized function with a captured map, an accumulator
// factory, and an iterator over a slice that stops with a done flag.

package main

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func primes() func() int {
	var found []int
	cand := 1
	return func() int {
		for {
			cand++
			isPrime := true
			for _, p := range found {
				if p*p > cand {
					break
				}
				if cand%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, cand)
				return cand
			}
		}
	}
}

func memo(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return misses
		}
}

func accumulator(start int) func(int) int {
	return func(d int) int {
		start += d
		return start
	}
}

func iter(xs []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(xs) {
			return "", false
		}
		i++
		return xs[i-1], true
	}
}

func main() {
	f := fib()
	for i := 0; i < 15; i++ {
		print(f(), " ")
	}
	println()
	g := fib()
	println(g(), g(), g(), f())

	p := primes()
	for i := 0; i < 20; i++ {
		print(p(), " ")
	}
	println()

	sq, misses := memo(func(n int) int { return n * n })
	s := 0
	for i := 0; i < 10; i++ {
		s += sq(i % 4)
	}
	println(s, misses())

	// recursive memoization through a var-declared closure
	var slowFib func(int) int
	calls := 0
	fibm, _ := memo(func(n int) int { return slowFib(n) })
	slowFib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fibm(n-1) + fibm(n-2)
	}
	f50 := fibm(50)
	println(f50, calls)

	a := accumulator(10)
	a(5)
	a(-3)
	b := accumulator(0)
	println(a(0), b(1), b(1))

	next := iter([]string{"x", "y", "z"})
	for v, ok := next(); ok; v, ok = next() {
		print(v, " ")
	}
	println()
	_, ok := next()
	println(ok)

	// state machine with closures returning the next state
	type state func(c byte) state
	var start, inNum state
	count := 0
	start = func(c byte) state {
		if c >= '0' && c <= '9' {
			count++
			return inNum
		}
		return start
	}
	inNum = func(c byte) state {
		if c >= '0' && c <= '9' {
			return inNum
		}
		return start
	}
	st := start
	in := "ab12 c 345,6 x78"
	for i := 0; i < len(in); i++ {
		st = st(in[i])
	}
	println(count)
}
