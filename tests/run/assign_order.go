// run

// Assignment order (spec: index operands on the left and all right-hand
// sides first, then the assignments left to right), with blanks in
// multi-value assignments and string/byte-slice conversions of nil.

package main

func f() (int, string, float64) { return 1, "two", 3.5 }

func pair() (int, int) { return 7, 8 }

func main() {
	var s string
	var x float64
	_, s, x = f()
	a, _, c := f()
	println(s, x, a, c)

	ys := []int{1, 2, 3}
	i := 0
	i, ys[i] = 2, 9
	println(ys[0], ys[2], i)

	arr := []int{1, 2}
	arr, arr[len(arr)-1] = arr[:len(arr)-1], 3
	println(len(arr), arr[0], arr[:2][1])

	zs := make([]int, 4)
	j := 1
	zs[j], j = pair()
	println(zs[1], j, zs[0])

	println(string([]byte(nil)) == "", len([]rune(nil)), string([]rune{0x767d, 0x9d6c}))
	type bytes []byte
	println(string(bytes{'h', 'i'}), len(bytes(nil)))
}
