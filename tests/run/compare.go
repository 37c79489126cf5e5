// run

// Comparison operators on every basic type, including strings, floats
// with NaN and signed/unsigned corner cases; comparison results as bools.

package main

func cmpInt(a, b int) string {
	s := ""
	if a == b {
		s += "=="
	}
	if a != b {
		s += "!="
	}
	if a < b {
		s += "<"
	}
	if a <= b {
		s += "<="
	}
	if a > b {
		s += ">"
	}
	if a >= b {
		s += ">="
	}
	return s
}

func cmpStr(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	println(cmpInt(1, 2), cmpInt(2, 1), cmpInt(3, 3), cmpInt(-1, 0))
	println(cmpStr("a", "b"), cmpStr("b", "a"), cmpStr("abc", "abc"))
	println(cmpStr("ab", "abc"), cmpStr("abc", "ab"), cmpStr("", "a"), cmpStr("", ""))
	println(cmpStr("Z", "a"), cmpStr("é", "z"), cmpStr("\xff", "\x7f"))
	s1 := "hello"
	s2 := "hel" + "lo"
	println(s1 == s2, s1 != s2, s1 <= s2, s1 >= s2)

	var u8a, u8b uint8 = 200, 100
	var i8a, i8b int8 = -56, 100
	println(u8a > u8b, i8a > i8b, uint8(i8a) == u8a)
	var u64 uint64 = 1 << 63
	var i64 int64 = -1 << 63
	println(u64 > 0, i64 < 0, uint64(i64) == u64)

	var z float64
	nan := z / z
	println(nan == nan, nan != nan, nan < 0, nan > 0, nan <= nan, nan >= nan)
	println(-z == z, 1/z > 1e308)
	var f32 float32 = 0.1
	println(float64(f32) == 0.1, f32 == 0.1)

	var t, f bool = true, false
	println(t == f, t != f, t == !f, !(t && f) == (!t || !f))

	var r1, r2 rune = 'a', 'b'
	println(r1 < r2, r1+1 == r2)

	var c1, c2 complex128 = complex(1, 2), complex(1, 2)
	println(c1 == c2, c1 != c2, c1 == complex(1, -2))

	// comparison results stored in variables
	lt := 3 < 4
	eq := "x" == "y"
	println(lt, eq, lt != eq, lt == eq)

	// chained comparisons through &&
	x := 5
	println(0 < x && x < 10, x < 0 || x > 4)
	// comparing to constants of different kinds
	var u uintptr = 10
	println(u == 10, u > 'a', 1.0 == x-4)
}
