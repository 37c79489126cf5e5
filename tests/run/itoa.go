// run

// Formatting numbers as strings by hand: decimal, hex, binary, padding,
// thousands separators and fixed-point floats.

package main

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	s := ""
	for u > 0 {
		s = string(rune('0'+u%10)) + s
		u /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func utoa(u uint64, base uint64) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if u == 0 {
		return "0"
	}
	s := ""
	for u > 0 {
		s = digits[u%base:u%base+1] + s
		u /= base
	}
	return s
}

func pad(s string, width int, c string) string {
	for len(s) < width {
		s = c + s
	}
	return s
}

func commas(n int64) string {
	s := itoa(n)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	out := ""
	for len(s) > 3 {
		out = "," + s[len(s)-3:] + out
		s = s[:len(s)-3]
	}
	return sign + s + out
}

func fixed(f float64, prec int) string {
	neg := f < 0
	if neg {
		f = -f
	}
	scale := 1.0
	for i := 0; i < prec; i++ {
		scale *= 10
	}
	n := int64(float64(f*scale) + 0.5) // no fused multiply-add
	ip := n / int64(scale)
	fp := n % int64(scale)
	s := itoa(ip)
	if prec > 0 {
		s += "." + pad(itoa(fp), prec, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	println(itoa(0), itoa(42), itoa(-42), itoa(9223372036854775807), itoa(-9223372036854775808))
	println(utoa(255, 16), utoa(255, 2), utoa(18446744073709551615, 16), utoa(1295, 36))
	println(pad("7", 3, "0"), pad("1234", 3, "0"), "["+pad("x", 5, " ")+"]")
	println(commas(0), commas(999), commas(1000), commas(-1234567), commas(9223372036854775807))
	println(fixed(3.14159, 2), fixed(-2.5, 0), fixed(0.005, 2), fixed(1234.5678, 3), fixed(0, 4))
	for i := int64(1); i < 1e18; i *= 13 {
		print(commas(i), " ")
	}
	println()
	table := ""
	for i := uint64(0); i < 16; i++ {
		table += pad(utoa(i*17, 16), 2, "0") + " "
	}
	println(table)
}
