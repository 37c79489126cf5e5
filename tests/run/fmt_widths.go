// run

// fmt width, precision and flags: %q %x %X %o %b %e %g with widths,
// %08.3f, %-10s|, %+d, % d, %#x, %*d and %.*f with star arguments
// (including negative widths), padding of strings/unicode, %c %U, bad
// verbs and missing/extra arguments.

package main

import "fmt"

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b|\n", 255, 255, 255, 255, 8, 8, 8, 5, 5)
	fmt.Printf("|%08.3f|%-10.2f|%10.4f|%+.1f|% .2f|\n", 3.14159, 2.5, -1.0/3, 2.0, 7.125)
	fmt.Printf("|%e|%E|%.2e|%12.4e|%g|%G|%.3g|%g|%g|\n", 1234.5678, 0.000123, 6.02e23, -1.5, 1e-7, 1e21, 3.14159, 100000.0, 1e6)
	fmt.Printf("|%-10s|%10s|%.3s|%-8.2s|%q|%-12q|%+q|%#q|\n", "left", "right", "truncate", "ab", "quote\n", "hi", "héllo", "raw`s")
	fmt.Printf("|%5s|%-5s|%5.1s|\n", "日本", "日本", "日本")
	fmt.Printf("|%x|% x|%X|% X|%#x|\n", "hello", "hello", []byte{1, 171, 255}, "Go", "ab")
	fmt.Printf("|%c|%c|%U|%#U|%q|%d|\n", 'A', 0x4E16, 0x1F600, 'ä', 'x', 'x')
	fmt.Printf("|%*d|%-*d|%*d|\n", 6, 7, 6, 7, -6, 7)
	fmt.Printf("|%.*f|%*.*f|%.*s|\n", 2, 3.14159, 10, 3, 2.71828, 3, "abcdef")
	fmt.Printf("|%6.2f%%|%t|%-7t|%v|\n", 99.5, true, false, nil)
	fmt.Printf("|%8.3v|%-8v|%08v|\n", 3.14159, "v", 12)
	fmt.Printf("|%3c|%-3c|%03d|\n", 'z', 'y', -5)
	fmt.Printf("|%x|%X|%x|%.3x|\n", -255, uint8(200), int64(-1), 5)
	fmt.Printf("|%10.3e|%-12g|%+g|\n", 123456.789, 0.1, 0.0)
	fmt.Printf("|%v|%.2v|%6.1v|\n", []float64{1.25, 2.5}, []float64{1.25, 22.5}, [2]float64{3.14, 2.71})
	fmt.Printf("|%5v|%-5v|%05d|\n", []int{1, 2}, []int{3}, []int{4, 5})
	fmt.Printf("|%x|%X|% x|\n", []string{"ab", "cd"}, "xyz", []byte("az"))
	fmt.Printf("|%d|\n", "str")
	fmt.Printf("|%s|\n", 42)
	fmt.Printf("|%d|%d|\n", 1)
	fmt.Printf("|%d|\n", 1, 2)
	fmt.Printf("|%!|%z|\n", 3)
	fmt.Printf("|%.f|%.0f|%.1f|%.0f|%.0f|\n", 2.5, 3.5, 0.05, -0.4, 1e15)
	fmt.Printf("|%t|%s|\n", 1, true)
	fmt.Printf("|%6.2q|%x|\n", "abcdef", 3.5)
	fmt.Printf("|%v|%d|%s|\n", complex(1, -2), []uint8{1, 2}, []string{"a", "b"})
	fmt.Printf("|%.2f|%8.3f|%v|\n", complex(1.5, 2.25), complex(-1, 0.5), complex64(complex(3, 4)))
	s := fmt.Sprintf("%-4d|%4s|%-4s|", 12345, "toolong", "x")
	fmt.Println(s, len(s))
	for _, w := range []int{0, 1, 3, 8} {
		fmt.Printf("[%*s][%-*s][%*.*f]\n", w, "ab", w, "ab", w, w/2, 1.23456)
	}
	fmt.Printf("%[2]d %[1]d %d|%[3]*.[2]*[1]f|\n", 1.5, 2, 8)
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
	fmt.Printf("%08b %o %x %X\n", uint8(37), -8, int16(-32768), uint32(3735928559))
	fmt.Printf("|%-+6d|%+-6d|%#-8x|%- 5d|\n", 7, 7, 255, 3)
}
