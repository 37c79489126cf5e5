// run

// Shifts: variable shift counts of every type, counts >= the width
// (giving 0 or -1), arithmetic vs logical right shifts, constant shifts.

package main

func main() {
	var one int8 = 1
	var m8 int8 = -128
	var u8 uint8 = 0x81
	for s := uint(0); s <= 9; s++ {
		println(s, one<<s, m8>>s, u8<<s, u8>>s)
	}

	var i64 int64 = -1
	var u64 uint64 = 1 << 63
	counts := uint(60)
	for s := counts; s < 70; s += 2 {
		println(s, i64<<s, i64>>s, u64>>s, u64<<s)
	}

	// huge shift counts
	var big uint64 = 1 << 40
	var x int32 = -5
	var y uint32 = 5
	println(x<<big, x>>big, y<<big, y>>big)
	var huge uint = 18446744073709551615
	println(x>>huge, y<<huge, int64(7)>>huge)

	// signed shift counts (non-negative)
	var sc int = 3
	var sc8 int8 = 4
	var sc64 int64 = 70
	println(1<<sc, 256>>sc8, int64(1)<<sc64, -1000>>sc64)
	var n int = 100
	println(n<<sc, n>>sc, n<<sc8, n>>sc64)

	// shift of an untyped constant by a variable takes the context type
	var k uint = 3
	var r int64 = 1 << k
	var f uint16 = 0xFFFF << k
	println(r, f)

	// constant shifts
	const c = 1 << 100 >> 98
	println(c, 1<<62, -1<<63 == -9223372036854775808)
	println(uint32(1)<<31, int32(-1)<<31)

	// rotation built from shifts
	var v uint32 = 0x12345678
	for i := uint(0); i < 32; i += 8 {
		println((v << i) | (v >> (32 - i)))
	}
	var w uint16 = 0xBEEF
	println(w<<4|w>>12, w>>4|w<<12)

	// shift of uintptr and byte counts
	var p uintptr = 1
	var bc byte = 12
	println(p<<bc, uint64(p)<<63>>63)
	// compound shift assignment
	acc := 1
	for i := 0; i < 10; i++ {
		acc <<= 1
		acc |= i & 1
	}
	println(acc)
	acc >>= 3
	println(acc)
	var neg int16 = -300
	neg >>= 2
	println(neg)
}
