// run

// strconv round trips: ParseInt/FormatInt in bases 2..36, ParseUint,
// Atoi/Itoa, bit-size range errors (*NumError fields and messages),
// ParseFloat/FormatFloat with 'g' 'e' 'f' 'b'-free formats and several
// precisions and bit sizes, ParseBool/FormatBool, AppendInt/AppendQuote.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, base := range []int{2, 8, 10, 16, 36} {
		for _, n := range []int64{0, 1, -1, 255, -4096, 1<<62 + 12345, -1 << 63} {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			if err != nil || back != n {
				fmt.Println("MISMATCH", base, n, s, back, err)
			}
			fmt.Printf("%s ", s)
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 16), strconv.FormatUint(1<<63, 36))
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	for _, t := range []struct {
		s    string
		base int
		bits int
	}{
		{"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"0x1F", 0, 16}, {"0b1011", 0, 8},
		{"0o777", 0, 32}, {"1_000_000", 0, 64}, {"zz", 36, 16}, {"12a", 10, 64}, {"", 10, 64},
		{"9223372036854775808", 10, 64}, {"-0", 10, 64}, {"+5", 10, 8},
	} {
		v, err := strconv.ParseInt(t.s, t.base, t.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", t.s, t.base, t.bits, v, err)
		var ne *strconv.NumError
		for e := err; e != nil; e = errors.Unwrap(e) {
			if x, ok := e.(*strconv.NumError); ok {
				ne = x
			}
		}
		if ne != nil {
			fmt.Printf("  Func=%s Num=%q range=%t syntax=%t\n", ne.Func, ne.Num,
				errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	n, err := strconv.Atoi("-2147483649")
	fmt.Println(n, err, strconv.Itoa(n*2))
	_, err = strconv.Atoi("4x")
	fmt.Println(err)

	floats := []float64{0, 1, -2.5, 3.141592653589793, 1e21, 1e-7, 123456789.125, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, 100}
	for _, f := range floats {
		g := strconv.FormatFloat(f, 'g', -1, 64)
		back, _ := strconv.ParseFloat(g, 64)
		fmt.Printf("%-24s e=%-14s f3=%-22s g5=%-12s G=%s %t\n", g,
			strconv.FormatFloat(f, 'e', 4, 64), strconv.FormatFloat(f, 'f', 3, 64),
			strconv.FormatFloat(f, 'g', 5, 64), strconv.FormatFloat(f, 'G', 3, 64), back == f)
	}
	for _, f := range []float64{0.1, 1.0 / 3, 16777217} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(float64(float32(f)), 'g', -1, 64))
	}
	for _, s := range []string{"3.25", "-0", "1e400", "-1e400", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", ".5", "5.", "abc", "1e-400", "+12.5e2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "F", "1", "yes", "TRUE", "t"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	buf := []byte("x=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\"")
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 2.5, 'f', 2, 64)
	buf = strconv.AppendBool(append(buf, ' '), true)
	fmt.Println(string(buf))
}
