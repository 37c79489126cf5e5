// run

// Collatz sequences: longest chain below a bound, using int64 and uint32
// arithmetic and helper functions with multiple results.

package main

func steps(n int64) (count int, peak int64) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		count++
	}
	return
}

func steps32(n uint32) int {
	c := 0
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = n*3 + 1
		}
		c++
	}
	return c
}

func longest(limit int64) (best int64, bestLen int) {
	for i := int64(1); i < limit; i++ {
		if l, _ := steps(i); l > bestLen {
			best, bestLen = i, l
		}
	}
	return
}

func main() {
	for n := int64(1); n <= 10; n++ {
		c, p := steps(n)
		println(n, c, p)
	}
	c, p := steps(27)
	println("27:", c, p)
	println(longest(10000))
	println(longest(100000))
	println(steps32(27), steps32(97), steps32(871))
	c, p = steps(9780657630)
	println("big:", c, p)
}
