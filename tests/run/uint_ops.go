// run

// Unsigned integer arithmetic and comparisons at every width, including
// values above the signed maximum.

package main

func isqrt(n uint64) uint64 {
	if n < 2 {
		return n
	}
	lo, hi := uint64(1), n
	if hi > 1<<32 {
		hi = 1 << 32
	}
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid <= n/mid {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func mulmod(a, b, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a * 2) % m
		b >>= 1
	}
	return r
}

func main() {
	var a uint64 = 1 << 63
	var b uint64 = a - 1
	println(a > b, a+b, a*2, a/3)
	println(isqrt(1<<62), isqrt(18446744073709551615), isqrt(99))
	println(popcount(0), popcount(18446744073709551615), popcount(0xF0F0))
	println(mulmod(1<<62, 1<<62, 1000000007))

	var u8 uint8 = 200
	var v8 uint8 = 100
	println(u8+v8, u8-v8, v8-u8, u8*2, u8 > v8)
	var u16 uint16 = 40000
	println(u16+u16, u16*3, u16/7)
	var u32 uint32 = 3000000000
	println(u32+u32, u32 > 2147483647, u32*2/2)
	var u uint = 1
	println(u-2, (u-2)/2, (u-2)%1000)
	var p uintptr = 4096
	println(p*p, p-4097)

	// comparisons of large unsigned values
	var big1 uint64 = 18446744073709551615
	var big2 uint64 = 9223372036854775808
	println(big1 > big2, big1 >= big2, big2 < big1, big1 == big2, big1 != big2)
	var s1, s2 uint32 = 0x80000000, 0x7fffffff
	println(s1 > s2, s1 < s2)

	// loops counting down with unsigned (careful termination)
	var cnt uint8 = 5
	for ; cnt > 0; cnt-- {
		print(cnt, " ")
	}
	println()
	var down uint = 3
	for down != 18446744073709551615 {
		print(down, " ")
		down--
	}
	println()

	// byte arithmetic wraps
	var ch byte = 'z'
	ch += 10
	println(ch)
	var sum uint16
	for i := 0; i < 1000; i++ {
		sum += uint16(i * i)
	}
	println(sum)
}
