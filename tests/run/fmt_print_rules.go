// run

// fmt printing rules: Print's spacing (space only between operands when
// neither is a string), Println always spacing, %v defaults per kind
// (floats with %g-like shortest form, large/small exponents, -0, NaN),
// integer kinds, runes printed as numbers, uintptr-free unsigned types,
// complex values, bools, Sprint of nested pointers-to-structs at depth 0.

package main

import (
	"fmt"
	"math"
)

type T struct {
	A int
	B *T
}

type Temp float32

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, 'x', true, false, "\n")
	fmt.Print(1, "\n")
	fmt.Print("\n")
	fmt.Println("a", "b", 1, 2, "c")
	fmt.Println()
	s := fmt.Sprint(1, 2, 3, "x", 4, "y", "z", 5.0, nil, nil)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("") == "", len(fmt.Sprintln()))

	floats := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789, 1.5e300, math.Copysign(0, -1), math.NaN(), math.Inf(-1), 5e-324}
	for _, f := range floats {
		fmt.Print(f, " ")
	}
	fmt.Println()
	for _, f := range floats[:8] {
		fmt.Printf("%v|%g|%f|%.3e|%G ", f, f, f, f, f)
	}
	fmt.Println()
	f32 := []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45}
	fmt.Println(f32, float64(f32[0]), Temp(36.6), Temp(1e10))
	fmt.Println(int8(-128), int16(32767), int32(-2147483648), int64(math.MinInt64), uint8(255), uint16(65535), uint32(4294967295), uint64(math.MaxUint64))
	fmt.Println('a', 'é', '😀', byte('a'), rune(0), string(rune('a')))
	fmt.Printf("%v %d %c %q %U\n", 'é', 'é', 'é', 'é', 'é')
	fmt.Println(complex(1, 2), complex(-1.5, -0.5), complex64(complex(0, 1)), complex(math.Inf(1), math.NaN()))
	fmt.Println(true && false, !true, 3 > 2)

	t := &T{1, &T{2, nil}}
	fmt.Println(t.A, t.B.A, t.B.B)
	fmt.Printf("%v %+v\n", *t.B, *t.B)
	type pair struct {
		K string
		V []any
	}
	ps := []pair{{"a", []any{1, "x", nil}}, {"b", nil}}
	fmt.Println(ps)
	fmt.Printf("%+v\n", ps)
	fmt.Println(map[string]pair{"z": {"z", nil}, "a": {"a", []any{2.5}}})
	fmt.Println([3][2]int{{1, 2}, {3, 4}}, [0]int{}, []string{""}, []string{"", ""}, [][]int{nil, {}})
	fmt.Println(struct{}{}, struct{ a, b any }{}, [2]struct{}{})
	var ip *int
	var e error
	fmt.Println(ip == nil, e, []error{nil, fmt.Errorf("x")})
	fmt.Println(fmt.Sprintf("%v", []any{[]int{1}, map[int]bool{2: true}, [1]string{"s"}}))
	fmt.Println(fmt.Sprintf("%s|%v|%d", []byte("bytes"), []byte("bytes"), []byte("ab")))
	fmt.Println(fmt.Sprintf("%5t|%-6v|%3v", true, false, nil))
	u8, i8 := uint8(200), int8(100)
	fmt.Println(u8+100, i8+i8, -7/2, -7%2, 7/-2, 7%-2, 1<<10>>3)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32), math.Pi)
}
