// run

// Bit manipulation with math/bits: OnesCount, LeadingZeros, TrailingZeros,
// Len, RotateLeft (both directions), Reverse, ReverseBytes, Add64/Sub64/
// Mul64/Div64 carries, plus hand-written tricks (power of two tests,
// lowest set bit, bitset type with methods, gray code, popcount table).

package main

import (
	"fmt"
	"math/bits"
)

type Bitset []uint64

func NewBitset(n int) Bitset    { return make(Bitset, (n+63)/64) }
func (b Bitset) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}
func (b Bitset) Members() []int {
	var out []int
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &= w - 1
		}
	}
	return out
}

func main() {
	for _, x := range []uint32{0, 1, 6, 255, 0x80000000, 0xDEADBEEF} {
		fmt.Printf("%#010x ones=%2d lz=%2d tz=%2d len=%2d rotl3=%#010x rotr5=%#010x rev=%#010x bswap=%#010x\n",
			x, bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x),
			bits.RotateLeft32(x, 3), bits.RotateLeft32(x, -5), bits.Reverse32(x), bits.ReverseBytes32(x))
	}
	fmt.Println(bits.OnesCount8(0xF0), bits.LeadingZeros8(1), bits.Len8(0), bits.Reverse8(1), bits.RotateLeft8(0x81, 1))
	fmt.Println(bits.OnesCount16(0xFFFF), bits.ReverseBytes16(0x1234) == 0x3412, bits.Len16(1000), bits.TrailingZeros16(0))
	fmt.Println(bits.OnesCount64(^uint64(0)), bits.LeadingZeros64(1), bits.TrailingZeros64(1<<40), bits.Len64(1<<63), bits.UintSize)
	fmt.Printf("%#x %#x\n", bits.Reverse64(1), bits.ReverseBytes64(0x0102030405060708))

	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println("add:", sum, carry)
	sum, carry = bits.Add64(1<<63, 1<<63, 1)
	fmt.Println("add:", sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println("sub:", diff, borrow)
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Printf("mul: %#x %#x\n", hi, lo)
	hi, lo = bits.Mul64(1<<32, 1<<40)
	fmt.Println("mul:", hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println("div:", q, r)
	h32, l32 := bits.Mul32(0x80000000, 6)
	fmt.Println("mul32:", h32, l32)

	isPow2 := func(x uint) bool { return x != 0 && x&(x-1) == 0 }
	nextPow2 := func(x uint) uint {
		if x <= 1 {
			return 1
		}
		return 1 << bits.Len(x-1)
	}
	for _, x := range []uint{0, 1, 2, 3, 64, 100, 1023, 1024} {
		fmt.Printf("%d:%t/%d/%d ", x, isPow2(x), nextPow2(x), x&-x)
	}
	fmt.Println()

	bs := NewBitset(200)
	for i := 0; i < 200; i += 7 {
		bs.Set(i)
	}
	bs.Clear(14)
	bs.Set(199)
	fmt.Println(len(bs), bs.Count(), bs.Has(7), bs.Has(14), bs.Has(199), bs.Has(198))
	fmt.Println(bs.Members())

	for i := uint(0); i < 8; i++ {
		g := i ^ (i >> 1)
		fmt.Printf("%03b->%03b ", i, g)
	}
	fmt.Println()
	var table [16]uint8
	for i := range table {
		table[i] = table[i/2] + uint8(i&1)
	}
	fmt.Println(table)
	var x uint8 = 0b10110010
	fmt.Printf("%08b %08b %08b %08b %08b\n", x<<1, x>>1, x&^0xF0, ^x, x|0x0F)
	var sx int8 = -128
	fmt.Println(sx>>1, sx>>7, uint8(sx)>>7, -sx, sx/-1)
	var y uint64 = 1
	for i := 0; i < 70; i += 13 {
		fmt.Print(y<<i, " ")
	}
	fmt.Println()
}
