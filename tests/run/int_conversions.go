// run

// Conversions between integer types: truncation, sign extension and
// zero extension.

package main

func main() {
	var x int64 = 0x123456789ABCDEF0
	println(int8(x), int16(x), int32(x), int64(x))
	println(uint8(x), uint16(x), uint32(x), uint64(x))

	var neg int64 = -2
	println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	println(int8(neg), int16(neg), int32(neg))

	var b uint8 = 200
	println(int8(b), int16(b), int32(b), int64(b), int(b))
	var sb int8 = -56
	println(uint16(sb), uint32(sb), uint64(sb), int64(sb))
	println(uint16(uint8(sb)), int32(uint8(sb)))

	var u32 uint32 = 0xFFFFFFFF
	println(int32(u32), int64(u32), int64(int32(u32)))
	var i32 int32 = -1
	println(uint32(i32), uint64(i32), uint64(uint32(i32)))

	var big uint64 = 18446744073709551615
	println(int64(big), int(big), int8(big), uint8(big))

	var r rune = 0x1F600
	println(byte(r), uint16(r), int32(r))
	var bt byte = 'A'
	println(rune(bt), bt+1)

	var p uintptr = 0xdeadbeef
	println(uint32(p), uint16(p), int64(p))
	p = uintptr(neg)
	println(p)

	// Chains
	for v := range 5 {
		val := int64(v)*1000003 - 2500000
		println(val, int8(val), uint8(val), int16(val), uint16(val), int32(val))
	}

	// Conversions in constant-free expressions
	var k int = 300
	println(uint8(k)+uint8(k), int8(k)*2, int16(int8(k)))
	var s16 int16 = -32768
	println(uint16(s16), int8(s16), -s16)
	var w uint = 1 << 63
	println(int(w), w>>63, int(w)>>63)
}
