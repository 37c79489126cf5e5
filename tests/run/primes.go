// run

// Prime numbers without arrays: trial division, counting, a simple
// modular exponentiation based Miller-Rabin test and factorization.

package main

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

// millerRabin is deterministic for n < 3,215,031,751 with bases 2,3,5,7.
func millerRabin(n uint64) bool {
	if n < 2 {
		return false
	}
	for p := uint64(2); p <= 7; p++ {
		if n%p == 0 {
			return n == p
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
	for a := uint64(2); a <= 7; a++ {
		if a == 4 || a == 6 {
			continue
		}
		x := powmod(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		composite := true
		for r := 1; r < s; r++ {
			x = x * x % n
			if x == n-1 {
				composite = false
				break
			}
		}
		if composite {
			return false
		}
	}
	return true
}

func factor(n int) {
	print(n, " =")
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			print(" ", d)
			n /= d
		}
	}
	if n > 1 {
		print(" ", n)
	}
	println()
}

func main() {
	count := 0
	for i := 0; i < 10000; i++ {
		if isPrime(i) {
			count++
		}
	}
	println("primes below 10000:", count)
	for i := 0; i < 50; i++ {
		if isPrime(i) {
			print(i, " ")
		}
	}
	println()
	agree := true
	for i := uint64(0); i < 5000; i++ {
		if millerRabin(i) != isPrime(int(i)) {
			agree = false
			println("disagree at", i)
		}
	}
	println("miller-rabin agrees:", agree)
	println(millerRabin(1000000007), millerRabin(1000000011), millerRabin(2147483647))
	factor(360)
	factor(9973)
	factor(1234567890)
	factor(600851475143)
	println(powmod(2, 1000000, 1000000007), powmod(3, 0, 7))
}
