// Package reflect is gocl's run-time reflection: the subset of Go's
// reflect API that fmt uses (std/README.md), read from the type
// descriptors the compiler emits (docs/abi.md section 6).
package reflect

import "math"

// A Kind is the kind of type a Type represents.
type Kind uint

// The kinds, numbered as Go's reflect numbers them.
const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"complex64", "complex128", "array", "chan", "func", "interface", "map", "ptr",
	"slice", "string", "struct", "unsafe.Pointer"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// Offsets in a type descriptor (docs/abi.md section 6).
const (
	offSize     = 0
	offTflag    = 20
	offKind     = 23
	offName     = 32
	offExtra    = 48
	tflagDirect = 8
)

// Type is the representation of a Go type.
type Type interface {
	String() string
	Kind() Kind
	Elem() Type
	Field(i int) StructField
	NumField() int
	Size() uintptr
	Name() string
	Len() int
	Key() Type
	Implements(u Type) bool
	AssignableTo(u Type) bool
}

// StructField describes one field of a struct type.
type StructField struct {
	Name      string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Anonymous bool
	PkgPath   string
}

// A StructTag is the tag string of a struct field.
type StructTag string

// Get returns the value of key in the tag (conventional `key:"value"`
// pairs).
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value of key in the tag and whether it is there.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		s = s[i:]
		if s == "" {
			break
		}
		i = 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			break
		}
		name := s[:i]
		s = s[i+1:]
		i = 1
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		qvalue := s[1:i]
		s = s[i+1:]
		if name == key {
			return unquote(qvalue), true
		}
	}
	return "", false
}

func unquote(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n':
				b = append(b, '\n')
			case 't':
				b = append(b, '\t')
			default:
				b = append(b, s[i])
			}
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// rtype is a type descriptor's address (static data, not heap).
type rtype struct {
	t uintptr
}

func toType(t uintptr) Type {
	if t == 0 {
		return nil
	}
	return &rtype{t}
}

// tword, tbyte and tstring read a type descriptor (or other static
// data) at t+off.
func tword(t, off uintptr) uintptr  { return uintptr(load64(fromAddr(t + off))) }
func tbyte(t, off uintptr) uint8    { return load8(fromAddr(t + off)) }
func tstring(t, off uintptr) string { return loadString(fromAddr(t + off)) }

func (r rtype) String() string { return tstring(r.t, offName) }
func (r rtype) Kind() Kind     { return Kind(tbyte(r.t, offKind)) }
func (r rtype) Size() uintptr  { return tword(r.t, offSize) }

func (r rtype) Name() string {
	if tbyte(r.t, offTflag)&1 == 0 {
		return ""
	}
	s := r.String()
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

func (r rtype) extra() uintptr { return tword(r.t, offExtra) }

func (r rtype) Elem() Type {
	switch r.Kind() {
	case Pointer, Slice:
		return toType(r.extra())
	case Array, Chan:
		return toType(tword(r.extra(), 0))
	case Map:
		return toType(tword(r.extra(), 8))
	}
	panic("reflect: Elem of invalid type " + r.String())
}

func (r rtype) Key() Type {
	if r.Kind() != Map {
		panic("reflect: Key of non-map type " + r.String())
	}
	return toType(tword(r.extra(), 0))
}

func (r rtype) Len() int {
	if r.Kind() != Array {
		panic("reflect: Len of non-array type " + r.String())
	}
	return int(tword(r.extra(), 8))
}

func (r rtype) NumField() int {
	if r.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + r.String())
	}
	return int(tword(r.extra(), 8))
}

// field returns the address of struct field i's record (static data).
func (r rtype) field(i int) uintptr {
	if i < 0 || i >= r.NumField() {
		panic("reflect: Field index out of bounds")
	}
	return tword(r.extra(), 0) + uintptr(i)*56
}

func (r rtype) Field(i int) StructField {
	f := r.field(i)
	name := tstring(f, 0)
	sf := StructField{
		Name:      name,
		Type:      toType(tword(f, 16)),
		Offset:    tword(f, 24),
		Anonymous: tword(f, 32) != 0,
		Tag:       StructTag(tstring(f, 40)),
	}
	if !exported(name) {
		sf.PkgPath = "main"
	}
	return sf
}

func exported(name string) bool {
	return len(name) > 0 && name[0] >= 'A' && name[0] <= 'Z'
}

func (r rtype) direct() bool { return tbyte(r.t, offTflag)&tflagDirect != 0 }

// TypeOf returns the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type {
	t, _ := efaceWords(i)
	return toType(t)
}

// flagRO marks a value reached through an unexported field.
const flagRO uintptr = 1

// Value is the reflection interface to a Go value: its type and the
// address of memory holding it.
type Value struct {
	typ  uintptr
	ptr  addr
	flag uintptr
}

// loadAddr reads the pointer word at p.
func loadAddr(p addr) addr { return fromAddr(uintptr(load64(p))) }

// storeAddr writes the pointer a to the word at p.
func storeAddr(p, a addr) { store64(p, uint64(addrOf(a))) }

// ValueOf returns a Value for the value in i (the zero Value for nil).
func ValueOf(i any) Value {
	t, d := efaceWords(i)
	if t == 0 {
		return Value{}
	}
	r := rtype{t}
	if r.direct() {
		// The data word is the value itself (a pointer): box it.
		cell := newObject(t)
		storeAddr(cell, d)
		return Value{typ: t, ptr: cell}
	}
	return Value{typ: t, ptr: d}
}

// rt is v's type as an rtype value: its methods have value receivers, so
// asking a Value for its kind or size allocates nothing.
func (v Value) rt() rtype { return rtype{v.typ} }

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool { return v.typ != 0 }

// Kind returns v's kind (Invalid for the zero Value).
func (v Value) Kind() Kind {
	if v.typ == 0 {
		return Invalid
	}
	return v.rt().Kind()
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == 0 {
		panic("reflect: call of reflect.Value.Type on zero Value")
	}
	return &rtype{v.typ}
}

func (v Value) mustBe(k Kind, what string) {
	if v.Kind() != k {
		panic("reflect: call of reflect.Value." + what + " on " + v.Kind().String() + " Value")
	}
}

// Bool returns v's value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "Bool")
	return load8(v.ptr) != 0
}

// Int returns v's value as an int64.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int, Int64:
		return int64(load64(v.ptr))
	case Int8:
		return int64(int8(load8(v.ptr)))
	case Int16:
		return int64(int16(load16(v.ptr)))
	case Int32:
		return int64(int32(load32(v.ptr)))
	}
	panic("reflect: call of reflect.Value.Int on " + v.Kind().String() + " Value")
}

// Uint returns v's value as a uint64.
func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint, Uint64, Uintptr:
		return load64(v.ptr)
	case Uint8:
		return uint64(load8(v.ptr))
	case Uint16:
		return uint64(load16(v.ptr))
	case Uint32:
		return uint64(load32(v.ptr))
	}
	panic("reflect: call of reflect.Value.Uint on " + v.Kind().String() + " Value")
}

// Float returns v's value as a float64.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(math.Float32frombits(load32(v.ptr)))
	case Float64:
		return math.Float64frombits(load64(v.ptr))
	}
	panic("reflect: call of reflect.Value.Float on " + v.Kind().String() + " Value")
}

// Complex returns v's value as a complex128.
func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		re := math.Float32frombits(load32(v.ptr))
		im := math.Float32frombits(load32(add(v.ptr, 4)))
		return complex(float64(re), float64(im))
	case Complex128:
		re := math.Float64frombits(load64(v.ptr))
		im := math.Float64frombits(load64(add(v.ptr, 8)))
		return complex(re, im)
	}
	panic("reflect: call of reflect.Value.Complex on " + v.Kind().String() + " Value")
}

// String returns v's value if it is a string, else "<T Value>".
func (v Value) String() string {
	if v.Kind() == String {
		return loadString(v.ptr)
	}
	if v.typ == 0 {
		return "<invalid Value>"
	}
	return "<" + v.rt().String() + " Value>"
}

// Len returns the length of an array, slice, string or map.
func (v Value) Len() int {
	switch v.Kind() {
	case Slice, String:
		return int(load64(add(v.ptr, 8)))
	case Array:
		return v.rt().Len()
	case Map:
		m := loadAddr(v.ptr)
		if m == nil {
			return 0
		}
		return int(load64(m))
	}
	panic("reflect: call of reflect.Value.Len on " + v.Kind().String() + " Value")
}

// Cap returns the capacity of a slice or array.
func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return int(load64(add(v.ptr, 16)))
	case Array:
		return v.rt().Len()
	}
	panic("reflect: call of reflect.Value.Cap on " + v.Kind().String() + " Value")
}

// Index returns element i of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Slice:
		n := int(load64(add(v.ptr, 8)))
		if i < 0 || i >= n {
			panic("reflect: slice index out of range")
		}
		et := v.rt().Elem().(*rtype)
		base := loadAddr(v.ptr)
		return Value{typ: et.t, ptr: add(base, uintptr(i)*et.Size()), flag: v.flag}
	case Array:
		if i < 0 || i >= v.rt().Len() {
			panic("reflect: array index out of range")
		}
		et := v.rt().Elem().(*rtype)
		return Value{typ: et.t, ptr: add(v.ptr, uintptr(i)*et.Size()), flag: v.flag}
	case String:
		s := loadString(v.ptr)
		b := s[i]
		u8, _ := efaceWords(b)
		cell := newObject(u8)
		store64(cell, uint64(b))
		return Value{typ: u8, ptr: cell, flag: v.flag}
	}
	panic("reflect: call of reflect.Value.Index on " + v.Kind().String() + " Value")
}

// NumField returns the number of fields of a struct.
func (v Value) NumField() int {
	v.mustBe(Struct, "NumField")
	return v.rt().NumField()
}

// Field returns field i of a struct; a value reached through an
// unexported field cannot be turned back into an interface.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "Field")
	f := v.rt().field(i)
	name := tstring(f, 0)
	flag := v.flag
	if !exported(name) {
		flag |= flagRO
	}
	return Value{typ: tword(f, 16), ptr: add(v.ptr, tword(f, 24)), flag: flag}
}

// Elem returns the value an interface holds or a pointer points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		// The first word is a type descriptor or an itab: static data.
		w0 := uintptr(load64(v.ptr))
		if w0 == 0 {
			return Value{}
		}
		t := w0
		if !emptyIface(v.typ) {
			t = tword(w0, 8)
		}
		if (&rtype{t}).direct() {
			return Value{typ: t, ptr: add(v.ptr, 8), flag: v.flag}
		}
		return Value{typ: t, ptr: loadAddr(add(v.ptr, 8)), flag: v.flag}
	case Pointer:
		p := loadAddr(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{typ: v.rt().Elem().(*rtype).t, ptr: p, flag: v.flag}
	}
	panic("reflect: call of reflect.Value.Elem on " + v.Kind().String() + " Value")
}

func emptyIface(t uintptr) bool {
	extra := tword(t, offExtra)
	return extra == 0 || tword(extra, 8) == 0
}

// IsNil reports whether v (a chan, func, interface, map, pointer or
// slice) is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return load64(v.ptr) == 0
	}
	panic("reflect: call of reflect.Value.IsNil on " + v.Kind().String() + " Value")
}

// Pointer returns v's value as a uintptr (a slice's data pointer).
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Func:
		// A func value points to its closure object, whose first word is
		// the code: Pointer reports the code, as gc does.
		c := loadAddr(v.ptr)
		if c == nil {
			return 0
		}
		return uintptr(load64(c))
	case Chan, Map, Pointer, Slice, UnsafePointer:
		return addrOf(loadAddr(v.ptr))
	}
	panic("reflect: call of reflect.Value.Pointer on " + v.Kind().String() + " Value")
}

// CanInterface reports whether Interface may be called.
func (v Value) CanInterface() bool {
	if v.typ == 0 {
		panic("reflect: call of reflect.Value.CanInterface on zero Value")
	}
	return v.flag&flagRO == 0
}

// Interface returns v's value as an interface{}.
func (v Value) Interface() any {
	if v.typ == 0 {
		panic("reflect: call of reflect.Value.Interface on zero Value")
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.Kind() == Interface {
		w0 := uintptr(load64(v.ptr))
		if w0 == 0 {
			return nil
		}
		t := w0
		if !emptyIface(v.typ) {
			t = tword(w0, 8)
		}
		return makeEface(t, loadAddr(add(v.ptr, 8)))
	}
	r := v.rt()
	if r.direct() {
		return makeEface(v.typ, loadAddr(v.ptr))
	}
	c := newObject(v.typ)
	memmove(c, v.ptr, r.Size())
	return makeEface(v.typ, c)
}

// MapIter iterates over a map (see Value.MapRange).
type MapIter struct {
	m  Value
	it addr // the runtime's iterator; nil before the first Next
}

// MapRange returns an iterator over a map.
func (v Value) MapRange() *MapIter {
	v.mustBe(Map, "MapRange")
	return &MapIter{m: v}
}

// Next advances to the next entry; false when there is none.
func (it *MapIter) Next() bool {
	if it.it == nil {
		it.it = mapIterInit(it.m.typ, loadAddr(it.m.ptr))
	} else {
		mapIterNext(it.it)
	}
	return load64(it.it) != 0
}

// Key returns the current entry's key.
func (it *MapIter) Key() Value {
	kt := it.m.rt().Key().(*rtype).t
	return Value{typ: kt, ptr: copyOut(kt, loadAddr(it.it)), flag: it.m.flag}
}

// Value returns the current entry's element.
func (it *MapIter) Value() Value {
	et := it.m.rt().Elem().(*rtype).t
	return Value{typ: et, ptr: copyOut(et, loadAddr(add(it.it, 8))), flag: it.m.flag}
}

// copyOut copies a map entry's key or element: map memory moves.
func copyOut(t uintptr, p addr) addr {
	c := newObject(t)
	memmove(c, p, (&rtype{t}).Size())
	return c
}

// Implements reports whether the type implements the interface type u.
func (r rtype) Implements(u Type) bool {
	if u == nil || u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	ut := u.(*rtype).t
	if emptyIface(ut) {
		return true
	}
	if r.Kind() == Interface {
		// Every method of u must be one of r's (both lists are sorted).
		// Method tables are static data.
		want := tword(ut, offExtra)
		have := tword(r.t, offExtra)
		nw, nh := int(tword(want, 8)), int(tword(have, 8))
		j := 0
		for i := 0; i < nw; i++ {
			m := tword(want, 0) + uintptr(i)*24
			for j < nh && tstring(tword(have, 0)+uintptr(j)*24, 0) < tstring(m, 0) {
				j++
			}
			h := tword(have, 0) + uintptr(j)*24
			if j == nh || tstring(h, 0) != tstring(m, 0) || tword(h, 16) != tword(m, 16) {
				return false
			}
		}
		return true
	}
	return getitab(ut, r.t) != 0
}

// AssignableTo reports whether a value of the type is assignable to u.
func (r rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	ut := u.(*rtype)
	if ut.t == r.t {
		return true
	}
	return ut.Kind() == Interface && r.Implements(u)
}

// Set assigns x to v, which must be addressable (reached through a
// pointer) and of a type x is assignable to.
func (v Value) Set(x Value) {
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if !x.Type().AssignableTo(v.Type()) {
		panic("reflect.Set: value of type " + x.Type().String() + " is not assignable to type " + v.Type().String())
	}
	if v.Kind() == Interface && x.Kind() != Interface {
		var data addr
		if x.rt().direct() {
			data = loadAddr(x.ptr)
		} else {
			c := newObject(x.typ)
			memmove(c, x.ptr, x.rt().Size())
			data = c
		}
		first := x.typ
		if !emptyIface(v.typ) {
			first = getitab(v.typ, x.typ)
		}
		store64(v.ptr, uint64(first))
		storeAddr(add(v.ptr, 8), data)
		return
	}
	memmove(v.ptr, x.ptr, v.rt().Size())
}

// Swapper returns a function that swaps the elements i and j of the
// slice s.
func Swapper(s any) func(i, j int) {
	v := ValueOf(s)
	if v.Kind() != Slice {
		panic("reflect: call of Swapper on " + v.Kind().String() + " Value")
	}
	et := v.rt().Elem().(*rtype)
	size := et.Size()
	base := loadAddr(v.ptr)
	n := v.Len()
	tmp := newObject(et.t)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a, b := add(base, uintptr(i)*size), add(base, uintptr(j)*size)
		memmove(tmp, a, size)
		memmove(a, b, size)
		memmove(b, tmp, size)
	}
}
