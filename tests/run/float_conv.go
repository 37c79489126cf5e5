// run

// Conversions between floats and integers (truncation toward zero, large
// values), float32<->float64 rounding and integer-to-float rounding.

package main

func main() {
	f := 2.5
	println(int(f), int(-f), int64(2.999*f), int32(-2.999*f))
	var g float64 = 1e15 + 0.5
	println(int64(g), uint64(g))
	var h float64 = 4294967295.9
	println(uint32(h), int64(h))
	var neg float64 = -0.99
	println(int(neg), int8(neg))
	var small float32 = 255.75
	println(uint8(small), int16(small), uint16(small*100))
	var big float64 = 9.2e18
	println(int64(big), uint64(big*2))

	// int to float: rounding to nearest even
	var i int64 = 1<<53 + 1
	println(float64(i), float64(i+1), float64(i+2))
	var j int64 = 1<<24 + 1
	println(float32(j), float32(j+1), float32(j+2))
	var u uint64 = 18446744073709551615
	println(float64(u), float32(u))
	var k int32 = -2147483648
	println(float64(k), float32(k))
	var b uint8 = 200
	println(float64(b)/3, float32(b)/3)

	// float64 -> float32 rounding, overflow and underflow
	var d float64 = 0.1
	println(float32(d), float64(float32(d)))
	d = 3.5e38
	println(float32(d))
	d = 1e-46
	println(float32(d))
	d = 1.00000005960464477539 // halfway between two float32 values
	println(float32(d))

	// round trip through integers in a loop
	sum := 0
	for x := -3.75; x <= 3.75; x += 0.5 {
		sum += int(x)
		print(int(x), " ")
	}
	println("sum", sum)
	// computing a rounded value
	for n := 0; n < 5; n++ {
		x := float64(float64(n)*1.25) - 2.4 // no fused multiply-add
		var r int
		if x < 0 {
			r = int(x - 0.5)
		} else {
			r = int(x + 0.5)
		}
		println(x, r)
	}
}
