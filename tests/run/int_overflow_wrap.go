// run

// Integer arithmetic on variables wraps around modulo 2^n for every size.

package main

func main() {
	var i8 int8 = 127
	i8++
	println(i8)
	i8 = -128
	i8--
	println(i8)
	var u8 uint8 = 255
	u8++
	println(u8)
	u8 = 0
	u8--
	println(u8)
	var i16 int16 = 32767
	i16 += 2
	println(i16)
	var u16 uint16 = 65535
	u16 *= u16
	println(u16)
	var i32 int32 = 2147483647
	i32 = i32 + 1
	println(i32)
	var u32 uint32 = 4294967295
	u32 += 10
	println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	println(i64)
	var u64 uint64 = 18446744073709551615
	u64 += 2
	println(u64)
	var n int = -9223372036854775808
	n--
	println(n)
	n = -9223372036854775808
	println(-n, n*-1)
	var m8 int8 = -128
	println(-m8, m8*-1, m8/-1)

	// Multiplication overflow
	var a int32 = 100000
	println(a * a)
	var b int64 = 3037000500
	println(b * b)
	var c uint8 = 16
	println(c*c, c*c*c+1)
	var d int16 = 300
	println(d * d)

	// Accumulated wrapping in a loop
	var h uint32 = 2166136261
	for i := 0; i < 100; i++ {
		h ^= uint32(i)
		h *= 16777619
	}
	println(h)
	var acc int8
	for i := 0; i < 1000; i++ {
		acc += int8(i)
	}
	println(acc)
	var big uint64 = 1
	for i := 0; i < 70; i++ {
		big *= 3
	}
	println(big)

	// Unary minus of unsigned
	var one uint = 1
	println(-one)
	var z uint16 = 1
	println(-z, ^z)
	var k int32 = 0
	println(^k, ^uint32(k))
}
