// run

// Table test for fmt's printing side. Every line is "case N: <output>";
// newlines inside outputs are shown as \n. The output is deterministic (no
// addresses, only sorted map printing). Golden: fmt_table.out (go1.27).
package main

import "fmt"

var caseNum int

func emit(s string) {
	caseNum++
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			b = append(b, '\\', 'n')
		} else {
			b = append(b, s[i])
		}
	}
	fmt.Printf("case %d: %s\n", caseNum, b)
}

// group formats v with each format and joins the results with " | ".
func group(v any, formats []string) string {
	s := ""
	for i, f := range formats {
		if i > 0 {
			s += " | "
		}
		s += fmt.Sprintf(f, v)
	}
	return s
}

// ---- types ----

type MyInt int
type MyUint8 uint8
type MyFloat float64
type MyString string
type MyBool bool
type MyBytes []byte
type MySlice []int
type MyMap map[string]int
type MyArr [3]int
type MyComplex complex128

type SV int

func (s SV) String() string { return fmt.Sprintf("SV(%d)", int(s)) }

type SP struct{ X int }

func (s *SP) String() string { return fmt.Sprintf("SP(%d)", s.X) }

type Err struct{ Msg string }

func (e Err) Error() string { return "Err:" + e.Msg }

type PErr struct{ Msg string }

func (e *PErr) Error() string { return "PErr:" + e.Msg }

type GoS struct{ A int }

func (g GoS) GoString() string { return "GoS!" }
func (g GoS) String() string   { return "GoS-string" }

type Both struct{}

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type Panicky struct{ Msg string }

func (p Panicky) String() string { panic(p.Msg) }

type PanicErr struct{}

func (PanicErr) Error() string { panic(Err{"inner"}) }

type NilOK struct{ X int }

func (n *NilOK) String() string {
	if n == nil {
		return "nil-NilOK"
	}
	return fmt.Sprint("NilOK", n.X)
}

type VS struct{ X int }

func (v VS) String() string { return fmt.Sprint("VS", v.X) }

type StrS string

func (s StrS) String() string { return "<" + string(s) + ">" }

// Echo is a Formatter that shows what it was given.
type Echo struct{ N int }

func (e Echo) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	flags := ""
	for _, c := range "-+# 0" {
		if s.Flag(int(c)) {
			flags += string(c)
		}
	}
	fmt.Fprintf(s, "<%s w=%d,%t p=%d,%t f=%q n=%d>", fmt.FormatString(s, verb), w, wok, p, pok, flags, e.N)
}

// Recur formats its field with the directive it was given.
type Recur struct{ X float64 }

func (r Recur) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "R("+fmt.FormatString(s, verb)+")", r.X)
}

type FPanic struct{}

func (FPanic) Format(s fmt.State, verb rune) {
	s.Write([]byte("partial;"))
	panic("format boom")
}

type Inner struct {
	A int
	B string
}

type Outer struct {
	Inner
	P *Inner
	S []int
	M map[string]int
	I any
	E error
	F float64
	u SV
	V SV
}

type Unexp struct {
	a int
	b string
	s SV
	e Err
	i any
}

type Emb struct {
	SV
	Err
	x int
}

type Pt struct{ X, Y int }

type KeyS struct {
	A int
	B string
}

type Node struct {
	Name string
	Kids []*Node
}

type Unwrapper interface{ Unwrap() error }
type MultiUnwrapper interface{ Unwrap() []error }

// ---- values ----

func scalars() []any {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	negz := -zero
	return []any{
		true, false, MyBool(true),
		0, 1, -1, 42, -42, 255, 1000000, 9223372036854775807, -9223372036854775808,
		int8(-128), int8(127), int16(-32768), int32(65), int32(0x1F600), int32(0x110000), int64(-5),
		uint(7), uint8(200), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uintptr(0xbeef),
		'x', 'é', '\n', rune(-1), byte('a'), MyInt(-3), MyUint8(9),
		0.0, negz, 1.0, -1.5, 3.14159265358979, 1e6, 1e21, 1e-5, 123456.789, 1e-100, 1.7976931348623157e308, 5e-324,
		inf, -inf, nan, float32(0.1), float32(-3.5), float32(1e10), MyFloat(2.5),
		complex(1, 2), complex(-1.5, -0.5), complex(inf, nan), complex64(complex(3, -4)), MyComplex(complex(0, 1)),
		"", "a", "hello", "日本語", "a\tb\nc", "\x00\x7f\xff", "`back`", "quote\"d", "\u2028", MyString("named"),
		[]byte(nil), []byte("hi"), []byte{0, 1, 127, 128, 255}, MyBytes("mb"), [3]byte{'a', 'b', 'c'}, []rune("hé"),
	}
}

func composites() []any {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	return []any{
		[]int(nil), []int{}, []int{1, -2, 3}, [3]int{1, 2, 3}, [0]int{}, MySlice{4, 5}, MyArr{7, 8, 9},
		[]string{"a", "b c", ""}, []float64{1.5, nan, -inf}, [][]int{{1}, {2, 3}, nil}, []bool{true, false},
		[]any{1, "a", nil, 2.5, []int{1}}, []any(nil), []error{nil, Err{"x"}},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int(nil), map[string]int{}, MyMap{"z": 26, "y": 25},
		map[int]string{3: "c", -1: "m", 2: "b", 10: "t"},
		map[float64]int{nan: 1, 2.5: 2, -inf: 3, -0.5: 4, inf: 5},
		map[bool]int{true: 1, false: 0},
		map[KeyS]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3},
		map[[2]int]string{{2, 1}: "x", {1, 2}: "y"},
		map[string][]int{"a": {1}, "b": nil},
		map[string]map[string]int{"o": {"i": 1, "h": 0}, "n": nil},
		map[any]int{nil: 0, 3: 3, 1: 1},
		map[any]string{"b": "x", "a": "y"},
		map[int8]uint{-5: 1, 5: 2},
		map[complex128]int{complex(1, 2): 1, complex(1, 1): 2, complex(0, 5): 3},
		map[string]any{"e": Err{"m"}, "n": nil, "s": SV(1)},
		struct{}{}, Inner{1, "x"}, Pt{1, 2}, &Pt{3, 4}, []Pt{{1, 2}, {3, 4}}, []*Pt{nil},
		Outer{Inner: Inner{1, "in"}, S: []int{1}, M: map[string]int{"k": 1}, I: 5, F: 2.5, u: 3, V: 4},
		Outer{I: SV(9), E: Err{"e"}},
		&Outer{},
		Unexp{1, "b", 2, Err{"u"}, SV(3)},
		Emb{SV: 3, Err: Err{"emb"}, x: 1},
		Node{"root", []*Node{nil}},
		struct {
			A int
			B any
			C error
			D *int
			E []byte
			F func()
			G chan int
			H map[int]int
		}{},
		struct{ X, y int }{1, 2},
		struct{ F float32 }{0.1},
		[2]struct{ A string }{{"x"}, {"y"}},
		&[]int{1, 2}, &[2]string{"a", "b"}, &map[string]int{"a": 1}, &[]byte{1, 2},
		(*int)(nil), (*Pt)(nil), (*[]int)(nil), (func())(nil), (chan int)(nil), []*int{nil}, map[string]*int{"a": nil},
	}
}

func methodValues() []any {
	var nilNOK *NilOK
	return []any{
		SV(5), []SV{1, 2}, [2]SV{3, 4}, map[SV]SV{2: 1, 1: 2}, &SP{6}, SP{7}, []SP{{1}},
		Err{"e1"}, &Err{"e2"}, &PErr{"e3"}, PErr{"e4"}, []error{Err{"a"}, Err{"b"}},
		GoS{1}, &GoS{2}, []GoS{{3}}, struct{ G GoS }{GoS{4}}, struct{ g GoS }{GoS{5}},
		Both{}, []any{Both{}, nil, SV(1)},
		Panicky{"boom"}, []Panicky{{"in slice"}}, PanicErr{},
		nilNOK, &NilOK{3}, []*NilOK{nil}, (*VS)(nil), []*VS{nil}, (*Err)(nil), (*PErr)(nil),
		StrS("s"), []StrS{"a", "b"}, map[StrS]int{"k": 1},
		Echo{1}, &Echo{2}, []Echo{{3}}, Recur{1.5}, FPanic{},
	}
}

var scalarGroups = [][]string{
	{"%v", "%+v", "%#v", "%T", "%5v", "%-5v|"},
	{"%d", "%+d", "% d", "%5d", "%-5d|", "%05d"},
	{"%x", "%X", "%#x", "%#X", "%08x", "%-#8x|"},
	{"%o", "%O", "%#o", "%b", "%#b", "%.3b"},
	{"%c", "%q", "%+q", "%#q", "%U", "%#U"},
	{"%e", "%E", "%.2e", "%+.3E", "%#.0e", "%12.4e"},
	{"%f", "%F", "%.0f", "%#.0f", "%+08.2f", "%-10.3f|"},
	{"%g", "%G", "%.3g", "%#g", "%#.3g", "%010g"},
	{"%s", "%10s", "%-10s|", "%.2s", "%010s", "%x"},
	{"%q", "%#q", "%+q", "%10q", "%.3q", "% x"},
	{"%t", "%5t", "%P", "%w", "%z", "%!"},
	{"%.0d", "%5.0d", "%.5d", "%8.3d", "%+.3d", "%x"},
	{"%6.2v", "%.1v", "%+.3v", "%#8v", "%-#8v|", "% v"},
	{"%# x", "%#.2x", "%.1x", "% X", "%#10x", "%-#12X|"},
}

var compositeGroups = [][]string{
	{"%v", "%+v", "%#v", "%T"},
	{"%d", "%s", "%q", "%x", "%5v", "%-4v|"},
	{"%X", "% x", "%#x", "%03d", "%.1v", "%t"},
}

var methodGroups = [][]string{
	{"%v", "%+v", "%#v", "%s", "%d", "%q"},
	{"%x", "%X", "%T", "%10v", "%-10s|", "%.2s"},
}

func main() {
	for _, v := range scalars() {
		for _, g := range scalarGroups {
			emit(group(v, g))
		}
	}
	for _, v := range composites() {
		for _, g := range compositeGroups {
			emit(group(v, g))
		}
	}
	for _, v := range methodValues() {
		for _, g := range methodGroups {
			emit(group(v, g))
		}
	}
	specials()
	prints()
	errorfs()
	formatters()
}

func specials() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	e := func(format string, args ...any) { emit(fmt.Sprintf(format, args...)) }

	// Argument errors.
	e("%d %d", 1)
	e("%d", 1, 2)
	e("%d", 1, "x", nil, Err{"e"}, SV(1))
	e("", 1)
	e("x", nil)
	e("%")
	e("abc%")
	e("%!")
	e("%-")
	e("%5")
	e("%.5")
	e("%.", 1)
	e("%5.", 1)
	e("%.*", 1)
	e("%!", 1)
	e("%é", 1)
	e("%-+# 0Z", 1)
	e("%Z", SV(1))
	e("%Z", Err{"x"})
	e("%d", SV(1))
	e("%d", StrS("x"))

	// Argument indexes.
	e("%[1]d %[1]x", 10)
	e("%[2]d %[1]d", 1, 2)
	e("%[3]d", 1, 2)
	e("%[0]d", 1)
	e("%[-1]d", 1)
	e("%[x]d", 1)
	e("%[1d", 1)
	e("%[]d", 1)
	e("%[1]", 1)
	e("%[", 1)
	e("%[2]*[1]d", 12, 5)
	e("%[1]*d", 5, 1)
	e("%[3]*.[2]*[1]f", 12.0, 2, 6)
	e("%.[2]d", 1, 2)
	e("%[1]2d", 1)
	e("%[1].2d", 1)
	e("%d %[1]d %d", 1, 2)
	e("%[2]d %d", 1, 2, 3)
	e("%[2]d", 1, 2, 3)
	e("%[1]d %[5]d %d", 1, 2)
	e("%[99999999999999999999]d", 1)
	e("%[5]%", 1)
	e("%5%")
	e("%-5%")
	e("%d%%%d", 1, 2)

	// Star width and precision.
	e("%*d|", 5, 1)
	e("%-*d|", 5, 1)
	e("%*d|", -5, 1)
	e("%0*d|", -5, 1)
	e("%*d", "x", 1)
	e("%*d", 1.5, 1)
	e("%*d", uint8(3), 1)
	e("%*d", int64(4), 1)
	e("%*d", uint64(18446744073709551615), 1)
	e("%*d", 10000000, 1)
	e("%*d", nil, 1)
	e("%*d")
	e("%*d", 5)
	e("%.*d", 3, 1)
	e("%.*d", -3, 1)
	e("%.*d", "x", 1)
	e("%.*f", 2, 3.14159)
	e("%*.*f|", 10, 3, 3.14159)
	e("%-*.*f|", 10, 3, 3.14159)
	e("%.*s", 2, "hello")
	e("%.*d", uint(5), 1)
	e("%.99999999999d", 1)
	e("%d %d %d", len(fmt.Sprintf("%1000001d", 1)), len(fmt.Sprintf("%.1000001d", 1)), len(fmt.Sprintf("%10000001d|", 1)))

	// nil.
	e("%v %v", nil, nil)
	e("%s|%d|%T|%p|%q|%#v|%x", nil, nil, nil, nil, nil, nil, nil)
	e("%5v|%-5v|", nil, nil)
	e("%v|%+v|%#v|%s", []any{nil}, []any{nil}, []any{nil}, []any{nil})
	e("%v|%#v|%d", map[string]any{"n": nil}, map[string]any{"n": nil}, map[string]any{"n": nil})
	e("%v|%#v", []error{nil}, []error{nil})

	// %w outside Errorf.
	e("%w", Err{"e"})
	e("%w", 1)
	e("%w", nil)

	// Panics in methods.
	e("%v %v", Panicky{"x"}, 1)
	e("%s|%d|%x|%10v|", Panicky{"p"}, Panicky{"p"}, Panicky{"p"}, Panicky{"p"})
	e("%s|%v", PanicErr{}, []any{PanicErr{}})
	e("%v|%s|%+v", (*VS)(nil), (*VS)(nil), []*VS{nil, nil})
	e("%v|%s", (*Err)(nil), (*PErr)(nil))
	e("%v|%s|%x|%+v", []*NilOK{nil, {4}}, []error{&PErr{"b"}, nil}, []*SP{{1}}, map[string]*SP{"k": {2}})

	// Strings and bytes.
	e("%s|%v|%d", []byte("abc"), []byte("abc"), []byte("abc"))
	e("%x %X % x %#x %# x %#X", "hello", "hello", "hello", "hello", "hello", "hello")
	e("%10.4x|%-10.4X|%010x|%.0x|%5.0x|", "hello", "hello", "hi", "hi", "hi")
	e("%8.3q|%-8q|%#8q|%+q|%#+q", "héllo", "ab", "a`b", "日本", "日本")
	e("%x|%X|% x|%#x|% #x|%s|%q|%v|%d", [3]byte{1, 2, 3}, []byte{0xab, 0xcd}, []byte{1, 2}, []byte{1, 2}, []byte{1, 2}, [2]byte{'h', 'i'}, [2]byte{'h', 'i'}, [2]byte{1, 2}, [2]byte{1, 2})
	e("%5s|%-5s|%.1s|%5.1s|%05s", []byte("abc"), []byte("abc"), []byte("日本"), []byte("日本"), []byte("ab"))
	e("%x|%X|%#x|%6x|%-6x|%06x|", []byte{}, []byte(nil), []byte(nil), []byte{}, "", "")
	e("%#v|%#v|%#v", []byte{1, 2}, MyBytes{1, 2}, struct{ B []byte }{[]byte{3}})
	e("%v|%s|%d", struct{ B []byte }{[]byte("x")}, struct{ B []byte }{[]byte("x")}, struct{ B []byte }{[]byte("x")})
	e("%x|%X|% x|%#x|%q|%s", []string{"ab", "c"}, []string{"ab"}, []string{"ab", "cd"}, []string{"ab"}, []string{"a", "b"}, []string{"a", "b"})
	e("%s|%.2s|%5.1s|%-4s|", "日本語", "日本語", "日本語", "é")
	e("%q|%+q|%#q|%#+q|%q", "\a\b\f\r\v\\", "é\x80", "a\nb", "\x00", "\u00e9\U0001F600")

	// Characters.
	e("%U|%#U|%#U|%#U|%.6U|%#10U|%-10U|%010U|%#U", 'x', 'x', '\n', 0x1F600, 'x', 'x', 'x', 'x', -1)
	e("%c|%c|%c|%c|%5c|%-5c|%c|%05c", 65, 0x1F600, -1, 0x110000, 'x', 'x', 0xD800, 'y')
	e("%q|%q|%+q|%#q|%q|%q|%q|%5q", 'x', '\'', 'é', 'x', 0x110000, -1, '\n', 'z')

	// Integers.
	e("%06d|%-06d|%+06d|% 06d|%06d|%#06x|%#06o|%#06b", 12, 12, 12, 12, -12, 12, 12, 12)
	e("%x|%X|%o|%O|%b|%#O|%#o", -255, -255, -8, -8, -5, 8, 0)
	e("%.3d|%.0d|%.0d|%5.0d|%-5.0d|%05.0d|%.0x|", 7, 0, 1, 0, 0, 0, 0)
	e("%#.3x|%#.10x|%#8x|%-#8x|%#08x", 255, 255, 255, 255, 255)
	e("%+d|% d|%+ d|% +d|%+d", 5, 5, 5, 5, -5)
	e("%#v %#v %#v %#v %#v", uint8(255), uint64(9223372036854775808), uintptr(1), MyUint8(2), int8(-3))
	e("%d|%x|%o|%b", []int8{-1, 2}, []uint16{255, 4096}, [2]int{8, 9}, []uint{5})

	// Floats.
	e("%6.2f|%-8.3e|%+.2g|% .3G|%#.0f|%#.0e|%#g|%#.3g|%#v", 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
	e("%v %v %v %v %v", 1e6, 1e-7, 123456789.0, float32(1e6), 100000.0)
	e("%08.3f|%-08.3f|%+08.3f|% 08.3f|%08.3f", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159)
	e("%+.3e|%+.3e|%v|%+v|% v|%x", 0.0, -zero, -zero, 0.0, 0.0, -zero)
	e("%6.2v|%.3v|%10.4v", 3.14159, 1234.5678, "hello world")
	e("%e|%E|%f|%F|%g|%G|%x|%X|%b", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678)
	e("%b|%b|%.3b|%#b", float32(1), 0.1, 2.0, 2.0)
	e("%.3x|%.0x|%#.0x|%#x|%#X|%#.3X", 1.0, 1.0, 1.0, 0.0, 0.0, 3.5)
	e("%#g|%#g|%#g|%#g|%#.2g|%#.0g|%#v", 0.0, 100000.0, 1e6, 1e-5, 123.0, 5.0, 3.0)
	e("%#e|%#.0e|%#f|%#.0f|%#.2f", 0.0, 5.0, 0.0, 5.0, 5.0)
	e("%5.1f|%-5.1f|%05.1f|%+5.1f|%5.1f|", inf, -inf, nan, nan, nan)
	e("% f|%+f|% +f|%010f|%-010f|%010.3f", nan, inf, nan, -inf, nan, -1.0)
	e("%v|%.2f|%g", float32(16777216.0), float32(0.3), float32(1)/3)
	e("%#v %#v %#v %#v %#v", 1.0, 1e6, 1e21, float32(0.1), 1e-7)

	// Complex.
	e("%v|%.1v|%#.1v|%+v", complex(1.25, -2.5), complex(1.25, -2.5), complex(1.25, -2.5), complex(1, 0))
	e("%08.2f|%-10.1f|%+.1e|% .2x", complex(1, 2), complex(1, -2), complex(-1, 2), complex(1, 2))
	e("%v|%#v|%T", complex64(complex(0.1, 0.2)), complex(nan, inf), complex64(1))
	e("%d|%s", complex(1, 2), complex(1, 2))

	// Types.
	e("%T %T %T %T %T", 1, "s", []int{}, map[string]SV{}, struct{ a int }{})
	e("%T %T %T %T", (*int)(nil), Err{"x"}, func(int) string { return "" }, (chan<- bool)(nil))
	e("%.2T|%10T|%-10T|", 1, "s", 1.5)
	e("%T|%T|%T", []any{1}, [2]error{}, map[Pt][]*Inner{})

	// Go syntax.
	e("%#v", []any{1, int8(2), uint(3), uintptr(4), 1.5, float32(2.5), "s", true, nil, complex(1, 2), []byte("b"), 'r'})
	e("%#v", map[string]any{"a": 1, "b": []int{2}})
	e("%#v|%#v", [2]any{}, struct {
		A any
		E error
	}{})
	e("%#v|%#v|%#v|%#v", []*int{nil}, (*[]int)(nil), (func(int) string)(nil), (chan int)(nil))
	e("%#v %#v %#v %#v", MyInt(1), MyFloat(1.0), MyString("s"), MyBool(false))
	e("%#v|%#v", map[Pt]string{{1, 2}: "a"}, map[string]Pt{"b": {3, 4}})
	e("%#v|%+v|%v", Outer{I: Both{}}, Outer{I: Both{}}, Outer{I: Both{}})

	// Bigger maps (sorted printing).
	mi := map[int]string{}
	ms := map[string]int{}
	mp := map[Pt]bool{}
	for i := 0; i < 40; i++ {
		k := (i*37)%101 - 50
		mi[k] = fmt.Sprint(i)
		ms[fmt.Sprint(k)] = i
		mp[Pt{k % 5, k % 3}] = k > 0
	}
	e("%v", mi)
	e("%v", ms)
	e("%+v", mp)
	e("%#v", map[float64]int{-zero: 1, 1: 2, -1: 3})

	// Width applies to each element.
	e("%v|%5v|%-5v|%05v|%x", []int{1, 2}, []int{1, 2}, []int{1, 2}, []int{1, 2}, []int{10, 11})
	e("%6.2f|%+v|%03d", []float64{1, 2.5}, map[string]float64{"a": -1}, [2]Pt{{1, 2}, {3, 4}})
	e("%d %s", []any{1, "a"}, []any{1, "a"})

	// Pointers (only nil or address-independent checks).
	x := 5
	px := &x
	p1 := fmt.Sprintf("%p", px)
	p2 := fmt.Sprintf("%v", px)
	e("%t %t %t %t", len(p1) > 2 && p1[:2] == "0x", p1 == p2, fmt.Sprintf("%#p", px) == p1[2:], fmt.Sprintf("%#v", px) == "(*int)("+p1+")")
	e("%v|%d|%x|%p|%#v|%s", (*int)(nil), (*int)(nil), (*int)(nil), (*int)(nil), (*int)(nil), (*int)(nil))
	e("%p|%p|%p", []int(nil), map[int]int(nil), (func())(nil))
	e("%p", 5)
	e("%v", &x == px)
	pp := &px
	e("%t", fmt.Sprint(pp)[:2] == "0x")
}

func prints() {
	s := func(a ...any) { emit(fmt.Sprint(a...)) }
	l := func(a ...any) { emit(fmt.Sprintln(a...)) }
	s()
	s(1)
	s(1, 2)
	s("a", "b")
	s("a", 1, "b")
	s(1, "a", 2)
	s(1, 2, "a", "b", 3, 4)
	s(nil, nil)
	s(nil, "x", nil)
	s(MyString("m"), 1, MyString("n"))
	s(StrS("x"), StrS("y"))
	s(Err{"e"}, SV(1), 2.5, true, []int{1})
	s([]byte("ab"), []byte("cd"))
	s(1.0, float32(2), complex(1, 1))
	l()
	l(1)
	l(1, 2)
	l("a", "b")
	l("a", 1, "b", nil)
	l(Err{"e"}, SV(1), 2.5, true, []int{1})
	l(map[int]bool{2: true, 1: false}, struct{ A, B int }{1, 2})
	emit(string(fmt.Append([]byte("pre:"), 1, "a", 2)))
	emit(string(fmt.Appendln(nil, 1, "a", 2)))
	emit(string(fmt.Appendf([]byte("pre:"), "%05.1f|%q", 3.14159, "q")))
	emit(string(fmt.Appendf(nil, "")))
	w := &collect{}
	n1, err1 := fmt.Fprint(w, "x", 1, 2)
	n2, err2 := fmt.Fprintln(w, "y", 3)
	n3, err3 := fmt.Fprintf(w, "%d-%s", 4, "z")
	emit(fmt.Sprint(string(w.b), "|", n1, err1, n2, err2, n3, err3))
	n4, err4 := fmt.Fprintf(failing{}, "abc")
	emit(fmt.Sprint(n4, " ", err4))
}

type collect struct{ b []byte }

func (c *collect) Write(p []byte) (int, error) {
	c.b = append(c.b, p...)
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 1, Err{"write failed"} }

func errorfs() {
	e1 := Err{"e1"}
	e2 := &PErr{"e2"}
	e3 := Both{}
	show := func(err error) {
		s := fmt.Sprintf("%T|%v|%q", err, err, err.Error())
		if u, ok := err.(Unwrapper); ok {
			s += fmt.Sprintf("|unwrap=%v", u.Unwrap())
		}
		if u, ok := err.(MultiUnwrapper); ok {
			s += fmt.Sprintf("|unwrapN=%v (%d)", u.Unwrap(), len(u.Unwrap()))
		}
		emit(s)
	}
	show(fmt.Errorf("plain"))
	show(fmt.Errorf("x %d %s", 1, "y"))
	show(fmt.Errorf("w %w", e1))
	show(fmt.Errorf("w %v %w", 1, e2))
	show(fmt.Errorf("%w and %w", e1, e2))
	show(fmt.Errorf("%[2]w %[1]w", e1, e2))
	show(fmt.Errorf("%[1]w %[1]w", e1))
	show(fmt.Errorf("%[2]w %[1]w %[2]w", e1, e2))
	show(fmt.Errorf("%w", 1))
	show(fmt.Errorf("%w %w", 1, e1))
	show(fmt.Errorf("%w", nil))
	show(fmt.Errorf("%w %w %w", e1, e3, e2))
	show(fmt.Errorf("%+w|%#w|%10w|%s", e1, e1, e1, e2))
	show(fmt.Errorf("%w"))
	show(fmt.Errorf("%w", e1, e2))
	show(fmt.Errorf("%w", (*PErr)(nil)))
	show(fmt.Errorf("%x %w", e1, e3))
	show(fmt.Errorf("%[3]w %[1]w", e1, 2, e2))
	show(fmt.Errorf("%w", PanicErr{}))
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", e1))
	inner := wrapped.(Unwrapper).Unwrap()
	emit(fmt.Sprint(wrapped, " | ", inner, " | ", inner.(Unwrapper).Unwrap() == error(e1)))
}

func formatters() {
	e := Echo{1}
	for _, f := range []string{"%v", "%+v", "%#v", "%d", "%s", "%x", "%q", "%-8.3v", "%08d", "%-08d", "%0-8d", "% +#x", "%.v", "%5.c", "%é", "%T"} {
		emit(fmt.Sprintf(f, e))
	}
	emit(fmt.Sprintf("%0*v|%-*v|%*.*v|%.*v", -5, e, 5, e, 3, -2, e, -1, e))
	emit(fmt.Sprintf("%[2]v %[1]v %v", e, Echo{2}, Echo{3}))
	emit(fmt.Sprintf("%v|%+8.2v|%e|%x", Recur{1.5}, Recur{-2}, Recur{1e6}, Recur{0.5}))
	emit(fmt.Sprintf("%v|%d|%s", FPanic{}, []any{FPanic{}}, struct{ F FPanic }{}))
	emit(fmt.Sprintf("%v|%+v|%#v", struct {
		A Echo
		b Echo
	}{Echo{1}, Echo{2}}, []Echo{{3}}, map[string]Echo{"k": {4}}))
}
