// run

// Bitwise operators &, |, ^, &^ and unary ^ on signed and unsigned types,
// with compound assignments.

package main

func bits(x uint8) string {
	s := ""
	for i := 7; i >= 0; i-- {
		if x&(1<<uint(i)) != 0 {
			s += "1"
		} else {
			s += "0"
		}
	}
	return s
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	var a uint8 = 0b11001010
	var b uint8 = 0b10100110
	println(bits(a&b), bits(a|b), bits(a^b), bits(a&^b), bits(^a))
	println(a&b, a|b, a^b, a&^b, ^a)

	var x int = -6
	var y int = 11
	println(x&y, x|y, x^y, x&^y, ^x, ^y)
	var i8 int8 = -1
	println(i8&0x0f, i8^0x55, ^i8)
	var i32 int32 = 0x7fffffff
	println(^i32, i32&^0xff, i32^-1)

	var u64 uint64 = 0xDEADBEEFCAFEBABE
	println(u64&0xFFFF, u64>>32, u64&^0xFFFFFFFF, ^u64)
	println(reverseBits(1), reverseBits(0x80000000), reverseBits(0x12345678))

	// compound
	f := uint16(0)
	f |= 1 << 3
	f |= 1 << 9
	f ^= 0xFFFF
	f &= 0x0FF0
	f &^= 0x00F0
	println(f)

	// xor swap
	p, q := 12345, -678
	p ^= q
	q ^= p
	p ^= q
	println(p, q)

	// lowest set bit, power of two test
	for n := 1; n <= 20; n++ {
		if n&(n-1) == 0 {
			print(n, ":pow2 ")
		}
		print(n&-n, " ")
	}
	println()

	// parity
	v := uint32(0xF00F1234)
	v ^= v >> 16
	v ^= v >> 8
	v ^= v >> 4
	v ^= v >> 2
	v ^= v >> 1
	println(v & 1)
	// gray code
	for g := uint8(0); g < 8; g++ {
		print(bits(g ^ g>>1)[5:], " ")
	}
	println()
}
