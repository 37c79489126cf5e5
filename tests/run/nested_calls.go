// run

// Deeply nested and chained function calls with many parameters of mixed
// types, forwarding of multi-value results and calls as arguments.

package main

func mix(a int8, b uint16, c int32, d uint64, e float32, f float64, g string, h bool) string {
	s := g
	if h {
		s += "+"
	}
	total := float64(a) + float64(b) + float64(c) + float64(d) + float64(e) + f
	println(a, b, c, d, e, f, g, h, total)
	return s
}

func many(a, b, c, d, e, f, g, h, i, j int) int {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j
}

func manyFloats(a, b, c, d, e, f, g, h, i, j float64) float64 {
	return a - b + c - d + e - f + g - h + i - j
}

func pair(x int) (int, int)        { return x, x * x }
func sumPair(a, b int) int         { return a + b }
func triple(x int) (int, int, int) { return x, x + 1, x + 2 }
func sum3(a, b, c int) int         { return a + b + c }
func strs() (string, string)       { return "left", "right" }
func join(a, b string) string      { return a + "|" + b }
func id(x int) int                 { return x }

func compose(x int) int {
	return id(id(id(id(id(x)))))
}

func manyResults() (int8, int16, int32, int64, float32, float64, string, bool) {
	return -8, -16, -32, -64, 0.5, 0.25, "str", true
}

func main() {
	println(mix(-1, 2, -3, 4, 0.5, 0.25, "s", true))
	println(mix(127, 65535, -2147483648, 18446744073709551615, 1e10, -1e10, "", false))
	println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	println(manyFloats(10, 9, 8, 7, 6, 5, 4, 3, 2, 1))
	println(sumPair(pair(7)), sum3(triple(10)), join(strs()))
	println(compose(42), sumPair(id(1), sumPair(pair(id(3)))))
	println(manyResults())
	a, b, c, d, e, f, g, h := manyResults()
	println(h, g, f, e, d, c, b, a)
	println(many(id(1), id(1), id(1), id(1), id(1), id(1), id(1), id(1), id(1), compose(1)))
}
