// run

// float32 arithmetic rounds every operation to single precision.

package main

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	println(a+b, a*b, a/b, a-b)
	var c float32 = 16777216
	println(c+1, c+2, c+1 == c)
	var third float32 = 1.0 / 3
	println(third, third*3, float64(third))
	var big float32 = 3.4e38
	println(big, big*10, -big*10)
	var z float32
	println(1/z, z/z, -z)

	var sum float32
	for i := 0; i < 1000; i++ {
		sum += 0.001
	}
	println(sum)
	var sum64 float64
	for i := 0; i < 1000; i++ {
		sum64 += 0.001
	}
	println(sum64, float32(sum64))

	// conversions
	var f64 float64 = 1.0000000001
	println(float32(f64), float32(f64) == 1)
	var i int32 = 16777217
	println(float32(i), int32(float32(i)))
	var f float32 = -7.9
	println(int(f), uint8(-f), int64(f*1e6))
	var u uint32 = 4294967295
	println(float32(u))

	// float32 constants
	const k float32 = 1.5
	var m float32 = k * k * k
	println(m)
	var tiny float32 = 1e-45
	println(tiny, tiny/2)
	var x float32 = 1
	n := 0
	for x+1 != x {
		x *= 2
		n++
	}
	println(n, x)
	var h float32 = 0.5
	for j := 0; j < 5; j++ {
		h = float32(h*h) + 0.25 // float32(): no fused multiply-add
	}
	println(h)
}
