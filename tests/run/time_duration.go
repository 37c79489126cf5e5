// run

package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 1234567,
		999999999, time.Second, 1500 * time.Millisecond, time.Minute, 61 * time.Second,
		time.Hour, time.Hour + 1, 3723500 * time.Millisecond, 100 * time.Hour,
		math.MaxInt64, math.MinInt64, -1, -1500, -time.Hour - time.Second, 2 * time.Microsecond,
		time.Duration(1<<53 + 7), 90 * time.Minute, 1e9 + 1, 59*time.Minute + 59*time.Second + 999999999}
	for _, d := range ds {
		fmt.Println(int64(d), d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
		for _, m := range []time.Duration{-1, 0, 1, 7, time.Microsecond, time.Millisecond, time.Second, 3 * time.Second, time.Hour, math.MaxInt64} {
			fmt.Print(" ", d.Round(m), "/", d.Truncate(m))
		}
		fmt.Println()
	}
	inputs := []string{"0", "-0", "+0", "", "-", "1", "1s", "-1.5h", "+2h45m", "300ms", "1.5µs", "1.5μs", "1us", "1ns",
		"1h1m1s1ms1us1ns", ".5s", "5.s", ".s", "1.000000000000000000000000001s", "9223372036854775807ns", "9223372036854775808ns",
		"-9223372036854775808ns", "-9223372036854775809ns", "2562047h47m16.854775807s", "2562047h47m16.854775808s",
		"-2562047h47m16.854775808s", "3000000h", "1x", "1.5.5s", "1e3s", "s", "1s2", "0.1234567891234ms", "1 s",
		"\"1\"x", "1\u00e9", "1\xffs", "10000000000000000000s", "0.9999999999999999999999h", "1.0000000000000000000000000000009h",
		"00000000000000000000000000001s", "15m0.0000000001s", "-.5m", "0s", "0.0s", "+-1s", "1m-1s"}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %d %v\n", s, int64(d), err)
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, 2*time.Hour, time.Second)
}
