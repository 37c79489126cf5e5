// run

// Euclid's algorithm in several styles: iterative, recursive, binary
// (Stein's) and extended, plus LCM and modular inverse.

package main

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func gcdRec(a, b uint) uint {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func binaryGCD(u, v uint64) uint64 {
	if u == 0 {
		return v
	}
	if v == 0 {
		return u
	}
	shift := uint(0)
	for (u|v)&1 == 0 {
		u >>= 1
		v >>= 1
		shift++
	}
	for u&1 == 0 {
		u >>= 1
	}
	for v != 0 {
		for v&1 == 0 {
			v >>= 1
		}
		if u > v {
			u, v = v, u
		}
		v -= u
	}
	return u << shift
}

func extGCD(a, b int64) (g, x, y int64) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func modInverse(a, m int64) (int64, bool) {
	g, x, _ := extGCD(a, m)
	if g != 1 {
		return 0, false
	}
	return (x%m + m) % m, true
}

func main() {
	println(gcd(48, 18), gcd(-48, 18), gcd(17, 0), gcd(0, 0))
	println(gcdRec(1071, 462), gcdRec(1<<40, 1<<20))
	println(binaryGCD(48, 180), binaryGCD(0, 5), binaryGCD(1<<62, 3<<40))
	println(extGCD(240, 46))
	println(extGCD(99, 78))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	println("lcm(1..20) =", l)
	inv, ok := modInverse(3, 11)
	println(inv, ok)
	inv, ok = modInverse(6, 9)
	println(inv, ok)
	inv, ok = modInverse(123456789, 1000000007)
	println(inv, ok, inv*123456789%1000000007)
	same := true
	for a := uint64(1); a < 200; a += 7 {
		for b := uint64(1); b < 200; b += 11 {
			if binaryGCD(a, b) != uint64(gcd(int(a), int(b))) {
				same = false
			}
		}
	}
	println("binary agrees:", same)
}
