// run

// Integer division truncates toward zero; the remainder has the sign of
// the dividend; MinInt / -1 wraps; float division.

package main

func main() {
	for a := -7; a <= 7; a += 7 {
		for b := -3; b <= 3; b++ {
			if b == 0 {
				continue
			}
			println(a, b, a/b, a%b)
		}
	}

	var i8 int8 = -128
	var m1 int8 = -1
	println(i8/m1, i8%m1)
	var i16 int16 = -32768
	var n16 int16 = -1
	println(i16/n16, i16%n16)
	var i32 int32 = -2147483648
	var n32 int32 = -1
	println(i32/n32, i32%n32)
	var i64 int64 = -9223372036854775808
	var n64 int64 = -1
	println(i64/n64, i64%n64)
	var i int = -9223372036854775808
	n := -1
	println(i/n, i%n)

	// unsigned division
	var u uint64 = 18446744073709551615
	var d uint64 = 10
	println(u/d, u%d)
	var u8 uint8 = 250
	var d8 uint8 = 7
	println(u8/d8, u8%d8)
	var u32 uint32 = 4000000000
	println(u32/3, u32%3, u32/u32)

	// division by powers of two for negative numbers (no shortcut!)
	x := -9
	println(x/2, x/4, x/8, x%2, x%4, x%8)
	var y int32 = -1
	println(y/2, y%2, y/1024)

	// constant divisors of various forms
	for v := -10; v <= 10; v += 5 {
		println(v, v/3, v%3, v/-3, v%-3, v/7, v%7)
	}

	// float division does not truncate
	var f, g float64 = 7, 2
	println(f/g, -f/g)
	var h float32 = 1
	println(h / 3)

	// compound assignment
	z := 1000
	z /= 7
	println(z)
	z %= 9
	println(z)
	var q uint16 = 65535
	q /= 256
	println(q)

	// quotient/remainder identity
	ok := true
	for a := -50; a <= 50; a++ {
		for b := -7; b <= 7; b++ {
			if b != 0 && (a/b)*b+a%b != a {
				ok = false
			}
		}
	}
	println("identity holds:", ok)
}
