// Benchmark: nested integer and floating-point loops (arithmetic,
// division, shifts, conversions, comparisons).

package main

// collatzTotal sums the Collatz chain lengths of 1..n.
func collatzTotal(n int) int {
	total := 0
	for i := 1; i <= n; i++ {
		x := i
		for x != 1 {
			if x&1 == 0 {
				x >>= 1
			} else {
				x = 3*x + 1
			}
			total++
		}
	}
	return total
}

// divisorSum sums d for every d dividing some i <= n (integer division
// and remainder in a nested loop).
func divisorSum(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		for d := 1; d*d <= i; d++ {
			if i%d == 0 {
				s += d
				if q := i / d; q != d {
					s += q
				}
			}
		}
	}
	return s
}

// mandelbrot counts points of a grid inside the Mandelbrot set.
// Products are converted explicitly so no fused multiply-add changes the
// result on any architecture.
func mandelbrot(size, maxIter int) int {
	inside := 0
	for py := 0; py < size; py++ {
		ci := float64(py)*2.0/float64(size) - 1.0
		for px := 0; px < size; px++ {
			cr := float64(px)*3.0/float64(size) - 2.0
			zr, zi := 0.0, 0.0
			n := 0
			for ; n < maxIter; n++ {
				zr2, zi2 := float64(zr*zr), float64(zi*zi)
				if zr2+zi2 > 4 {
					break
				}
				zi = float64(2*zr*zi) + ci
				zr = zr2 - zi2 + cr
			}
			if n == maxIter {
				inside++
			}
		}
	}
	return inside
}

// hashMix runs a 64-bit mixing function over a counter.
func hashMix(n int) uint64 {
	var h uint64 = 1469598103934665603
	for i := 0; i < n; i++ {
		h ^= uint64(i)
		h *= 1099511628211
		h ^= h >> 29
	}
	return h
}

func main() {
	println("collatz", collatzTotal(500000))
	println("divisors", divisorSum(500000))
	println("mandelbrot", mandelbrot(500, 300))
	println("hash", hashMix(100000000))
}
