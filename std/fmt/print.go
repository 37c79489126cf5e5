// gocl's fmt: the printer, which walks operands (with reflect where
// needed), calls their Format/String/Error/GoString methods, and drives the
// Print and Printf families.

package fmt

import (
	"internal/fmtsort"
	"io"
	"os"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// State is what a Formatter's Format method receives: the output and the
// options of the directive being formatted.
type State interface {
	// Write appends b to the output.
	Write(b []byte) (n int, err error)
	// Width returns the width and whether one was given.
	Width() (wid int, ok bool)
	// Precision returns the precision and whether one was given.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c (one of "-+# 0") is set.
	Flag(c int) bool
}

// Formatter is implemented by values with their own formatting.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by values with a native textual form, used by
// the verbs that accept a string and by the Print functions.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values with their own %#v form.
type GoStringer interface {
	GoString() string
}

// FormatString rebuilds the directive (such as "%-8.3x") that produced
// state, ending with verb.
func FormatString(state State, verb rune) string {
	b := make([]byte, 0, 16)
	b = append(b, '%')
	flagChars := " +-#0"
	for i := 0; i < len(flagChars); i++ {
		if state.Flag(int(flagChars[i])) {
			b = append(b, flagChars[i])
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if pr, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(pr), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// printer holds the output buffer and the state of one Print/Printf call.
// A fresh one is used for every call.
type printer struct {
	buf []byte
	o   opts

	// The operand being printed: arg when we have it as an interface
	// value, else val.
	arg any
	val reflect.Value

	// reordered: an explicit argument index was used in this call.
	reordered bool
	// badIndex: the current directive has an unusable argument index.
	badIndex bool
	// inPanic: printing the value recovered from a panicking method.
	inPanic bool
	// inError: printing the operand of a %!verb(...) error; methods are
	// not called.
	inError bool
	// forErrorf: %w is allowed (Errorf); wrapped holds the argument
	// indices it was used with.
	forErrorf bool
	wrapped   []int
}

// noValue is the zero (invalid) reflect.Value.
var noValue reflect.Value

func newPrinter() *printer {
	p := new(printer)
	p.buf = make([]byte, 0, 64)
	return p
}

// The State methods.

func (p *printer) Width() (wid int, ok bool) { return p.o.width, p.o.hasWidth }

func (p *printer) Precision() (prec int, ok bool) { return p.o.prec, p.o.hasPrec }

func (p *printer) Flag(b int) bool {
	switch b {
	case '-':
		return p.o.minus
	case '+':
		return p.o.plus || p.o.plusV
	case '#':
		return p.o.sharp || p.o.sharpV
	case ' ':
		return p.o.space
	case '0':
		return p.o.zero
	}
	return false
}

func (p *printer) Write(b []byte) (n int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *printer) WriteString(s string) (n int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// The Printf family.

// Fprintf formats according to format and writes the result to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.printf(format, a)
	return w.Write(p.buf)
}

// Printf formats according to format and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to format and returns the string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.printf(format, a)
	return string(p.buf)
}

// Appendf formats according to format and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.printf(format, a)
	return append(b, p.buf...)
}

// The Print family: default formats, spaces between operands when neither
// side is a string.

// Fprint writes the default formats of its operands to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.print(a)
	return w.Write(p.buf)
}

// Print writes the default formats of its operands to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint returns the default formats of its operands.
func Sprint(a ...any) string {
	p := newPrinter()
	p.print(a)
	return string(p.buf)
}

// Append appends the default formats of its operands to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.print(a)
	return append(b, p.buf...)
}

// The Println family: spaces between all operands and a final newline.

// Fprintln writes its operands to w, space separated, with a newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.println(a)
	return w.Write(p.buf)
}

// Println writes its operands to standard output, space separated, with a
// newline.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln returns its operands space separated, with a newline.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.println(a)
	return string(p.buf)
}

// Appendln appends its operands, space separated, with a newline, to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.println(a)
	return append(b, p.buf...)
}

// print implements the Print family.
func (p *printer) print(a []any) {
	lastWasString := false
	for i, arg := range a {
		isString := false
		if arg != nil {
			isString = reflect.TypeOf(arg).Kind() == reflect.String
		}
		if i > 0 && !isString && !lastWasString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		lastWasString = isString
	}
}

// println implements the Println family.
func (p *printer) println(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// Operand printing.

// printArg prints one operand for verb.
func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	p.val = noValue

	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.putString("<nil>")
		} else {
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtStr(reflect.TypeOf(arg).String())
		return
	case 'p':
		p.fmtPointer(reflect.ValueOf(arg), 'p')
		return
	}

	// Operands of the predeclared types have no methods: format them
	// directly without reflection.
	switch x := arg.(type) {
	case bool:
		p.fmtBool(x, verb)
	case int:
		p.fmtInteger(uint64(x), true, verb)
	case int8:
		p.fmtInteger(uint64(x), true, verb)
	case int16:
		p.fmtInteger(uint64(x), true, verb)
	case int32:
		p.fmtInteger(uint64(x), true, verb)
	case int64:
		p.fmtInteger(uint64(x), true, verb)
	case uint:
		p.fmtInteger(uint64(x), false, verb)
	case uint8:
		p.fmtInteger(uint64(x), false, verb)
	case uint16:
		p.fmtInteger(uint64(x), false, verb)
	case uint32:
		p.fmtInteger(uint64(x), false, verb)
	case uint64:
		p.fmtInteger(x, false, verb)
	case uintptr:
		p.fmtInteger(uint64(x), false, verb)
	case float32:
		p.fmtFloat(float64(x), 32, verb)
	case float64:
		p.fmtFloat(x, 64, verb)
	case complex64:
		p.fmtComplex(complex128(x), 64, verb)
	case complex128:
		p.fmtComplex(x, 128, verb)
	case string:
		p.fmtString(x, verb)
	case []byte:
		p.fmtBytes(x, verb, "[]byte")
	case reflect.Value:
		// A reflect.Value prints as the value it holds.
		if x.IsValid() && x.CanInterface() {
			p.arg = x.Interface()
			if p.handleMethods(verb) {
				return
			}
		}
		p.printValue(x, verb, 0)
	default:
		if !p.handleMethods(verb) {
			p.printValue(reflect.ValueOf(arg), verb, 0)
		}
	}
}

// handleMethods formats p.arg with its Format, GoString, Error or String
// method when it has one that applies to verb, and reports whether it did.
func (p *printer) handleMethods(verb rune) (handled bool) {
	if p.inError {
		return false
	}
	if verb == 'w' {
		// %w is %v for an error operand of Errorf and invalid otherwise.
		_, isErr := p.arg.(error)
		if !isErr || !p.forErrorf {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}

	if f, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.recoverMethod(p.arg, verb, "Format")
		f.Format(p, verb)
		return
	}

	if p.o.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.recoverMethod(p.arg, verb, "GoString")
			p.fmtStr(g.GoString())
		}
		return
	}

	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		if e, ok := p.arg.(error); ok {
			handled = true
			defer p.recoverMethod(p.arg, verb, "Error")
			p.fmtString(e.Error(), verb)
			return
		}
		if s, ok := p.arg.(Stringer); ok {
			handled = true
			defer p.recoverMethod(p.arg, verb, "String")
			p.fmtString(s.String(), verb)
			return
		}
	}
	return
}

// recoverMethod is deferred around calls of an operand's methods. A panic
// from a nil pointer receiver prints <nil>; any other panic is reported as
// %!verb(PANIC=Method method: value).
func (p *printer) recoverMethod(arg any, verb rune, method string) {
	r := recover()
	if r == nil {
		return
	}
	if v := reflect.ValueOf(arg); v.Kind() == reflect.Pointer && v.IsNil() {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	if p.inPanic {
		// The panic value's own method panicked too.
		panic(r)
	}
	saved := p.o
	p.o = opts{}
	p.buf = append(p.buf, '%', '!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.inPanic = true
	p.printArg(r, 'v')
	p.inPanic = false
	p.buf = append(p.buf, ')')
	p.o = saved
}

// badVerb writes %!verb(type=value) for an operand that verb does not
// apply to.
func (p *printer) badVerb(verb rune) {
	p.inError = true
	p.buf = append(p.buf, '%', '!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if p.arg != nil {
		p.buf = append(p.buf, reflect.TypeOf(p.arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	} else if p.val.IsValid() {
		p.buf = append(p.buf, p.val.Type().String()...)
		p.buf = append(p.buf, '=')
		p.printValue(p.val, 'v', 0)
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.inError = false
}

func (p *printer) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmtInteger prints an integer; for signed values u holds the int64 bits.
func (p *printer) fmtInteger(u uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.o.sharpV && !signed {
			p.fmtHex0x(u, true)
		} else {
			p.fmtInt(u, 10, signed, verb, digitsLower)
		}
	case 'd':
		p.fmtInt(u, 10, signed, verb, digitsLower)
	case 'b':
		p.fmtInt(u, 2, signed, verb, digitsLower)
	case 'o', 'O':
		p.fmtInt(u, 8, signed, verb, digitsLower)
	case 'x':
		p.fmtInt(u, 16, signed, verb, digitsLower)
	case 'X':
		p.fmtInt(u, 16, signed, verb, digitsUpper)
	case 'c':
		p.fmtChar(u)
	case 'q':
		p.fmtQuotedChar(u)
	case 'U':
		p.fmtUnicode(u)
	default:
		p.badVerb(verb)
	}
}

// fmtFloat prints a float of the given size (32 or 64).
func (p *printer) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmtFloatAs(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloatAs(v, size, byte(verb), -1)
	case 'f', 'e', 'E':
		p.fmtFloatAs(v, size, byte(verb), 6)
	case 'F':
		p.fmtFloatAs(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex prints (re+imi); size is 64 or 128.
func (p *printer) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
	default:
		p.badVerb(verb)
		return
	}
	plus := p.o.plus
	p.buf = append(p.buf, '(')
	p.fmtFloat(real(v), size/2, verb)
	p.o.plus = true
	p.fmtFloat(imag(v), size/2, verb)
	p.buf = append(p.buf, 'i', ')')
	p.o.plus = plus
}

func (p *printer) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.o.sharpV {
			p.fmtQuoted(v)
		} else {
			p.fmtStr(v)
		}
	case 's':
		p.fmtStr(v)
	case 'x':
		p.fmtHexStr(v, digitsLower)
	case 'X':
		p.fmtHexStr(v, digitsUpper)
	case 'q':
		p.fmtQuoted(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes prints a byte slice or array; typeName is used by %#v.
func (p *printer) fmtBytes(v []byte, verb rune, typeName string) {
	switch verb {
	case 'v', 'd':
		if p.o.sharpV {
			p.buf = append(p.buf, typeName...)
			if v == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ',', ' ')
				}
				p.fmtHex0x(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.fmtInt(uint64(c), 10, false, verb, digitsLower)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.putString(p.clip(string(v)))
	case 'x':
		p.fmtHexStr(string(v), digitsLower)
	case 'X':
		p.fmtHexStr(string(v), digitsUpper)
	case 'q':
		p.fmtQuoted(string(v))
	default:
		p.printValue(reflect.ValueOf(v), verb, 0)
	}
}

// fmtPointer prints a pointer-like value (pointer, channel, function,
// map, slice, unsafe.Pointer) as an address.
func (p *printer) fmtPointer(v reflect.Value, verb rune) {
	var u uintptr
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = v.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.o.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, v.Type().String()...)
			p.buf = append(p.buf, ')', '(')
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmtHex0x(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.putString("<nil>")
		} else {
			p.fmtHex0x(uint64(u), !p.o.sharp)
		}
	case 'p':
		p.fmtHex0x(uint64(u), !p.o.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// printValue prints a value reached by reflection; depth is 0 for the
// operand itself and grows inside composites.
func (p *printer) printValue(v reflect.Value, verb rune, depth int) {
	// Inside composites, elements may have methods of their own. Values
	// of unexported fields cannot be turned back into interfaces, so
	// their methods are not used.
	if depth > 0 && v.IsValid() && v.CanInterface() {
		p.arg = v.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.val = v

	switch v.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.buf = append(p.buf, "<nil>"...)
		} else {
			p.badVerb(verb)
		}
	case reflect.Bool:
		p.fmtBool(v.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.fmtInteger(uint64(v.Int()), true, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.fmtInteger(v.Uint(), false, verb)
	case reflect.Float32:
		p.fmtFloat(v.Float(), 32, verb)
	case reflect.Float64:
		p.fmtFloat(v.Float(), 64, verb)
	case reflect.Complex64:
		p.fmtComplex(v.Complex(), 64, verb)
	case reflect.Complex128:
		p.fmtComplex(v.Complex(), 128, verb)
	case reflect.String:
		p.fmtString(v.String(), verb)
	case reflect.Map:
		p.printMap(v, verb, depth)
	case reflect.Struct:
		p.printStruct(v, verb, depth)
	case reflect.Interface:
		e := v.Elem()
		if e.IsValid() {
			p.printValue(e, verb, depth+1)
		} else if p.o.sharpV {
			p.buf = append(p.buf, v.Type().String()...)
			p.buf = append(p.buf, "(nil)"...)
		} else {
			p.buf = append(p.buf, "<nil>"...)
		}
	case reflect.Array, reflect.Slice:
		p.printList(v, verb, depth)
	case reflect.Pointer:
		// At the top level, a pointer to a composite prints as &value.
		// Deeper down it prints as an address, which also stops cycles.
		if depth == 0 && v.Pointer() != 0 {
			e := v.Elem()
			switch e.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf = append(p.buf, '&')
				p.printValue(e, verb, depth+1)
				return
			}
		}
		p.fmtPointer(v, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, v.Type().String()...)
		p.buf = append(p.buf, '?')
	}
}

func (p *printer) printMap(v reflect.Value, verb rune, depth int) {
	if p.o.sharpV {
		p.buf = append(p.buf, v.Type().String()...)
		if v.IsNil() {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	entries := fmtsort.Sort(v)
	for i, kv := range entries {
		if i > 0 {
			if p.o.sharpV {
				p.buf = append(p.buf, ',', ' ')
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printValue(kv.Key, verb, depth+1)
		p.buf = append(p.buf, ':')
		p.printValue(kv.Value, verb, depth+1)
	}
	if p.o.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

func (p *printer) printStruct(v reflect.Value, verb rune, depth int) {
	t := v.Type()
	if p.o.sharpV {
		p.buf = append(p.buf, t.String()...)
	}
	p.buf = append(p.buf, '{')
	n := v.NumField()
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.o.sharpV {
				p.buf = append(p.buf, ',', ' ')
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		if p.o.plusV || p.o.sharpV {
			if name := t.Field(i).Name; name != "" {
				p.buf = append(p.buf, name...)
				p.buf = append(p.buf, ':')
			}
		}
		f := v.Field(i)
		// A non-nil interface field prints as its dynamic value.
		if f.Kind() == reflect.Interface && !f.IsNil() {
			f = f.Elem()
		}
		p.printValue(f, verb, depth+1)
	}
	p.buf = append(p.buf, '}')
}

func (p *printer) printList(v reflect.Value, verb rune, depth int) {
	t := v.Type()
	switch verb {
	case 's', 'q', 'x', 'X':
		// Byte slices and arrays print as strings for these verbs.
		if t.Elem().Kind() == reflect.Uint8 {
			n := v.Len()
			b := make([]byte, n)
			for i := 0; i < n; i++ {
				b[i] = byte(v.Index(i).Uint())
			}
			p.fmtBytes(b, verb, t.String())
			return
		}
	}
	n := v.Len()
	if p.o.sharpV {
		p.buf = append(p.buf, t.String()...)
		if v.Kind() == reflect.Slice && v.IsNil() {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
		for i := 0; i < n; i++ {
			if i > 0 {
				p.buf = append(p.buf, ',', ' ')
			}
			p.printValue(v.Index(i), verb, depth+1)
		}
		p.buf = append(p.buf, '}')
		return
	}
	p.buf = append(p.buf, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printValue(v.Index(i), verb, depth+1)
	}
	p.buf = append(p.buf, ']')
}

// Format-string interpretation.

// tooBig bounds widths and precisions (and argument indexes).
func tooBig(n int) bool {
	return n > 1000000 || n < -1000000
}

// parseNum reads a decimal number from s[start:end]. On overflow it
// returns end so that the rest of the directive is skipped.
func parseNum(s string, start, end int) (num int, ok bool, next int) {
	if start >= end {
		return 0, false, end
	}
	next = start
	for next < end && s[next] >= '0' && s[next] <= '9' {
		if tooBig(num) {
			return 0, false, end
		}
		num = num*10 + int(s[next]-'0')
		ok = true
		next++
	}
	return num, ok, next
}

// parseIndex reads "[n]" at the start of s, returning n-1 (zero based),
// the number of bytes consumed and whether the index is well formed.
func parseIndex(s string) (index int, size int, ok bool) {
	if len(s) < 3 {
		return 0, 1, false
	}
	for j := 1; j < len(s); j++ {
		if s[j] == ']' {
			n, isNum, end := parseNum(s, 1, j)
			if !isNum || end != j {
				return 0, j + 1, false
			}
			return n - 1, j + 1, true
		}
	}
	return 0, 1, false
}

// argIndex handles an explicit argument index at format[i], returning the
// argument number to use next, the new position and whether an index was
// found.
func (p *printer) argIndex(argNum int, format string, i int, nargs int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	idx, size, ok := parseIndex(format[i:])
	if ok && idx >= 0 && idx < nargs {
		return idx, i + size, true
	}
	p.badIndex = true
	return argNum, i + size, ok
}

// starArg fetches the operand of a '*' width or precision. It must be an
// integer of reasonable size.
func starArg(a []any, argNum int) (num int, ok bool, next int) {
	next = argNum
	if argNum >= len(a) {
		return 0, false, next
	}
	next = argNum + 1
	if n, isInt := a[argNum].(int); isInt {
		num, ok = n, true
	} else {
		v := reflect.ValueOf(a[argNum])
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n := v.Int()
			if int64(int(n)) == n {
				num, ok = int(n), true
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n := v.Uint()
			if int64(n) >= 0 && uint64(int(n)) == n {
				num, ok = int(n), true
			}
		}
	}
	if tooBig(num) {
		return 0, false, next
	}
	return num, ok, next
}

// printf implements the Printf family.
func (p *printer) printf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false // the last thing parsed was an argument index
	p.reordered = false

	i := 0
	for i < end {
		p.badIndex = false

		// Copy literal text up to the next '%'.
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf = append(p.buf, format[start:i]...)
		}
		if i >= end {
			break
		}
		i++

		// Flags.
		p.o = opts{}
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				p.o.sharp = true
			case '0':
				p.o.zero = true
			case '+':
				p.o.plus = true
			case '-':
				p.o.minus = true
			case ' ':
				p.o.space = true
			default:
				break flags
			}
		}

		argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))

		// Width.
		if i < end && format[i] == '*' {
			i++
			p.o.width, p.o.hasWidth, argNum = starArg(a, argNum)
			if !p.o.hasWidth {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			if p.o.width < 0 {
				// A negative width means left alignment.
				p.o.width = -p.o.width
				p.o.minus = true
				p.o.zero = false
			}
			afterIndex = false
		} else {
			p.o.width, p.o.hasWidth, i = parseNum(format, i, end)
			if afterIndex && p.o.hasWidth {
				// "%[2]5d": a width may not follow an index.
				p.badIndex = true
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				// "%[2].5d"
				p.badIndex = true
			}
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.o.prec, p.o.hasPrec, argNum = starArg(a, argNum)
				if p.o.prec < 0 {
					p.o.prec = 0
					p.o.hasPrec = false
				}
				if !p.o.hasPrec {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.o.prec, p.o.hasPrec, i = parseNum(format, i, end)
				if !p.o.hasPrec {
					// A lone '.' means precision zero.
					p.o.prec = 0
					p.o.hasPrec = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}

		verb := rune(format[i])
		size := 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			// A literal percent sign; takes no operand, ignores options.
			p.buf = append(p.buf, '%')
		case p.badIndex:
			p.buf = append(p.buf, '%', '!')
			p.buf = utf8.AppendRune(p.buf, verb)
			p.buf = append(p.buf, "(BADINDEX)"...)
		case argNum >= len(a):
			p.buf = append(p.buf, '%', '!')
			p.buf = utf8.AppendRune(p.buf, verb)
			p.buf = append(p.buf, "(MISSING)"...)
		default:
			if verb == 'w' {
				p.wrapped = append(p.wrapped, argNum)
			}
			if verb == 'v' || verb == 'w' {
				// %#v is Go syntax, %+v adds field names.
				p.o.sharpV = p.o.sharp
				p.o.sharp = false
				p.o.plusV = p.o.plus
				p.o.plus = false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Report unused operands, unless indexes were used (then any order
	// and any subset is allowed).
	if !p.reordered && argNum < len(a) {
		p.o = opts{}
		p.buf = append(p.buf, "%!(EXTRA "...)
		for k, arg := range a[argNum:] {
			if k > 0 {
				p.buf = append(p.buf, ',', ' ')
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, reflect.TypeOf(arg).String()...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}
