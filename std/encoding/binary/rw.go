package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

var errBufferTooSmall = errors.New("buffer too small")

// Read reads structured binary data from r into data. Data must be a
// pointer to a fixed-size value or a slice of fixed-size values. Bytes
// read from r are decoded using the specified byte order and written to
// successive fields of the data. When decoding boolean values, a zero
// byte is decoded as false, and any other non-zero byte is decoded as
// true. When reading into structs, the field data for fields with blank
// (_) field names is skipped.
//
// The error is io.EOF only if no bytes were read. If an io.EOF happens
// after reading some but not all the bytes, Read returns
// io.ErrUnexpectedEOF.
func Read(r io.Reader, order ByteOrder, data any) error {
	if n := fastSize(data); n != 0 {
		bs := make([]byte, n)
		if _, err := io.ReadFull(r, bs); err != nil {
			return err
		}
		if decodeFast(bs, order, data) {
			return nil
		}
	}
	v, size := readTarget(data)
	if size < 0 {
		return errors.New("binary.Read: invalid type " + typeName(data))
	}
	bs := make([]byte, size)
	if _, err := io.ReadFull(r, bs); err != nil {
		return err
	}
	decodeValue(bs, order, v)
	return nil
}

// Decode decodes binary data from buf into data according to the given
// byte order. It returns an error if buf is too small, otherwise the
// number of bytes consumed from buf.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	if n := fastSize(data); n != 0 {
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
		if decodeFast(buf, order, data) {
			return n, nil
		}
	}
	v, size := readTarget(data)
	if size < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeName(data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	decodeValue(buf[:size], order, v)
	return size, nil
}

// Write writes the binary representation of data into w. Data must be a
// fixed-size value or a slice of fixed-size values, or a pointer to such
// data. Boolean values encode as one byte: 1 for true, and 0 for false.
// Bytes written to w are encoded using the specified byte order and read
// from successive fields of the data. When writing structs, zero values
// are written for fields with blank (_) field names.
func Write(w io.Writer, order ByteOrder, data any) error {
	if n := fastSize(data); n != 0 {
		bs := make([]byte, n)
		encodeFast(bs, order, data)
		_, err := w.Write(bs)
		return err
	}
	v, size := writeSource(data)
	if size < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeName(data))
	}
	bs := make([]byte, size)
	encodeValue(bs, order, v)
	_, err := w.Write(bs)
	return err
}

// Encode encodes the binary representation of data into buf. It returns
// an error if buf is too small, otherwise the number of bytes written
// into buf.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	if n := fastSize(data); n != 0 {
		if len(buf) < n {
			return 0, errBufferTooSmall
		}
		encodeFast(buf, order, data)
		return n, nil
	}
	v, size := writeSource(data)
	if size < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeName(data))
	}
	if len(buf) < size {
		return 0, errBufferTooSmall
	}
	encodeValue(buf[:size], order, v)
	return size, nil
}

// Append appends the binary representation of data to buf. buf may be
// nil, in which case a new buffer will be allocated. It returns the
// (possibly extended) buffer containing data or an error.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	if n := fastSize(data); n != 0 {
		start := len(buf)
		buf = grow(buf, n)
		encodeFast(buf[start:], order, data)
		return buf, nil
	}
	v, size := writeSource(data)
	if size < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeName(data))
	}
	start := len(buf)
	buf = grow(buf, size)
	encodeValue(buf[start:], order, v)
	return buf, nil
}

// Size returns how many bytes Write would generate to encode the value v,
// which must be a fixed-size value or a slice of fixed-size values, or a
// pointer to such data. If v is neither of these, Size returns -1.
func Size(v any) int {
	if n := fastSize(v); n != 0 {
		return n
	}
	_, size := writeSource(v)
	return size
}

// grow extends buf by n bytes.
func grow(buf []byte, n int) []byte {
	for i := 0; i < n; i++ {
		buf = append(buf, 0)
	}
	return buf
}

func typeName(data any) string {
	t := reflect.TypeOf(data)
	if t == nil {
		return "<nil>"
	}
	return t.String()
}

// fastSize returns the encoded size of data if it is a basic fixed-size
// value, a pointer to one or a slice of them, and 0 otherwise.
func fastSize(data any) int {
	switch d := data.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case int16, uint16, *int16, *uint16:
		return 2
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case int64, uint64, float64, *int64, *uint64, *float64:
		return 8
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	}
	return 0
}

// decodeFast stores b into data, one of the fastSize types; false when
// data is not a pointer or slice (nothing to store into).
func decodeFast(b []byte, order ByteOrder, data any) bool {
	switch d := data.(type) {
	case *bool:
		*d = b[0] != 0
	case *int8:
		*d = int8(b[0])
	case *uint8:
		*d = b[0]
	case *int16:
		*d = int16(order.Uint16(b))
	case *uint16:
		*d = order.Uint16(b)
	case *int32:
		*d = int32(order.Uint32(b))
	case *uint32:
		*d = order.Uint32(b)
	case *float32:
		*d = math.Float32frombits(order.Uint32(b))
	case *int64:
		*d = int64(order.Uint64(b))
	case *uint64:
		*d = order.Uint64(b)
	case *float64:
		*d = math.Float64frombits(order.Uint64(b))
	case []bool:
		for i := range d {
			d[i] = b[i] != 0
		}
	case []int8:
		for i := range d {
			d[i] = int8(b[i])
		}
	case []uint8:
		copy(d, b)
	case []int16:
		for i := range d {
			d[i] = int16(order.Uint16(b[2*i:]))
		}
	case []uint16:
		for i := range d {
			d[i] = order.Uint16(b[2*i:])
		}
	case []int32:
		for i := range d {
			d[i] = int32(order.Uint32(b[4*i:]))
		}
	case []uint32:
		for i := range d {
			d[i] = order.Uint32(b[4*i:])
		}
	case []float32:
		for i := range d {
			d[i] = math.Float32frombits(order.Uint32(b[4*i:]))
		}
	case []int64:
		for i := range d {
			d[i] = int64(order.Uint64(b[8*i:]))
		}
	case []uint64:
		for i := range d {
			d[i] = order.Uint64(b[8*i:])
		}
	case []float64:
		for i := range d {
			d[i] = math.Float64frombits(order.Uint64(b[8*i:]))
		}
	default:
		return false
	}
	return true
}

// encodeFast writes data, one of the fastSize types, into b.
func encodeFast(b []byte, order ByteOrder, data any) {
	switch d := data.(type) {
	case bool:
		b[0] = boolByte(d)
	case *bool:
		b[0] = boolByte(*d)
	case []bool:
		for i, x := range d {
			b[i] = boolByte(x)
		}
	case int8:
		b[0] = byte(d)
	case *int8:
		b[0] = byte(*d)
	case []int8:
		for i, x := range d {
			b[i] = byte(x)
		}
	case uint8:
		b[0] = d
	case *uint8:
		b[0] = *d
	case []uint8:
		copy(b, d)
	case int16:
		order.PutUint16(b, uint16(d))
	case *int16:
		order.PutUint16(b, uint16(*d))
	case []int16:
		for i, x := range d {
			order.PutUint16(b[2*i:], uint16(x))
		}
	case uint16:
		order.PutUint16(b, d)
	case *uint16:
		order.PutUint16(b, *d)
	case []uint16:
		for i, x := range d {
			order.PutUint16(b[2*i:], x)
		}
	case int32:
		order.PutUint32(b, uint32(d))
	case *int32:
		order.PutUint32(b, uint32(*d))
	case []int32:
		for i, x := range d {
			order.PutUint32(b[4*i:], uint32(x))
		}
	case uint32:
		order.PutUint32(b, d)
	case *uint32:
		order.PutUint32(b, *d)
	case []uint32:
		for i, x := range d {
			order.PutUint32(b[4*i:], x)
		}
	case float32:
		order.PutUint32(b, math.Float32bits(d))
	case *float32:
		order.PutUint32(b, math.Float32bits(*d))
	case []float32:
		for i, x := range d {
			order.PutUint32(b[4*i:], math.Float32bits(x))
		}
	case int64:
		order.PutUint64(b, uint64(d))
	case *int64:
		order.PutUint64(b, uint64(*d))
	case []int64:
		for i, x := range d {
			order.PutUint64(b[8*i:], uint64(x))
		}
	case uint64:
		order.PutUint64(b, d)
	case *uint64:
		order.PutUint64(b, *d)
	case []uint64:
		for i, x := range d {
			order.PutUint64(b[8*i:], x)
		}
	case float64:
		order.PutUint64(b, math.Float64bits(d))
	case *float64:
		order.PutUint64(b, math.Float64bits(*d))
	case []float64:
		for i, x := range d {
			order.PutUint64(b[8*i:], math.Float64bits(x))
		}
	}
}

func boolByte(x bool) byte {
	if x {
		return 1
	}
	return 0
}

// writeSource returns the value Write encodes for data (a pointer is
// followed) and its encoded size, -1 if it has no fixed size.
func writeSource(data any) (reflect.Value, int) {
	v := reflect.ValueOf(data)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}, -1
		}
		v = v.Elem()
	}
	return v, valueSize(v)
}

// readTarget returns the value Read decodes into (the pointee of a
// pointer, or a slice) and its encoded size, -1 if it cannot be decoded
// into by gocl (see std/README.md).
func readTarget(data any) (reflect.Value, int) {
	v := reflect.ValueOf(data)
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v, -1
		}
		v = v.Elem()
	case reflect.Slice:
	default:
		return v, -1
	}
	size := valueSize(v)
	if size < 0 {
		return v, -1
	}
	t := v.Type()
	if v.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if !settable(t) {
		return v, -1
	}
	return v, size
}

// valueSize is the encoded size of v, -1 if v has no fixed size.
func valueSize(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Slice:
		s := typeSize(v.Type().Elem())
		if s < 0 {
			return -1
		}
		return s * v.Len()
	case reflect.Invalid:
		return -1
	}
	return typeSize(v.Type())
}

// typeSize is the encoded size of a value of type t, -1 if not fixed.
func typeSize(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Bool, reflect.Int8, reflect.Uint8:
		return 1
	case reflect.Int16, reflect.Uint16:
		return 2
	case reflect.Int32, reflect.Uint32, reflect.Float32:
		return 4
	case reflect.Int64, reflect.Uint64, reflect.Float64, reflect.Complex64:
		return 8
	case reflect.Complex128:
		return 16
	case reflect.Array:
		s := typeSize(t.Elem())
		if s < 0 {
			return -1
		}
		return s * t.Len()
	case reflect.Struct:
		sum := 0
		for i := 0; i < t.NumField(); i++ {
			s := typeSize(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	}
	return -1
}

// settable reports whether gocl's reflect can store decoded values into
// a value of type t: every basic component must have a predeclared type
// (reflect.Value.Set needs identical types, and gocl's reflect has no
// SetInt), and struct fields other than blank ones must be exported.
func settable(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Array:
		return settable(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Name == "_" {
				continue
			}
			if f.PkgPath != "" || !settable(f.Type) {
				return false
			}
		}
		return true
	}
	return t.String() == t.Kind().String()
}

// encodeValue writes v into b (exactly its encoded size).
func encodeValue(b []byte, order ByteOrder, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			b = encodeValue(b, order, v.Index(i))
		}
		return b
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if t.Field(i).Name == "_" {
				n := typeSize(t.Field(i).Type)
				for j := 0; j < n; j++ {
					b[j] = 0
				}
				b = b[n:]
				continue
			}
			b = encodeValue(b, order, v.Field(i))
		}
		return b
	case reflect.Bool:
		b[0] = boolByte(v.Bool())
		return b[1:]
	case reflect.Int8:
		b[0] = byte(v.Int())
		return b[1:]
	case reflect.Uint8:
		b[0] = byte(v.Uint())
		return b[1:]
	case reflect.Int16:
		order.PutUint16(b, uint16(v.Int()))
		return b[2:]
	case reflect.Uint16:
		order.PutUint16(b, uint16(v.Uint()))
		return b[2:]
	case reflect.Int32:
		order.PutUint32(b, uint32(v.Int()))
		return b[4:]
	case reflect.Uint32:
		order.PutUint32(b, uint32(v.Uint()))
		return b[4:]
	case reflect.Int64:
		order.PutUint64(b, uint64(v.Int()))
		return b[8:]
	case reflect.Uint64:
		order.PutUint64(b, v.Uint())
		return b[8:]
	case reflect.Float32:
		order.PutUint32(b, math.Float32bits(float32(v.Float())))
		return b[4:]
	case reflect.Float64:
		order.PutUint64(b, math.Float64bits(v.Float()))
		return b[8:]
	case reflect.Complex64:
		c := v.Complex()
		order.PutUint32(b, math.Float32bits(float32(real(c))))
		order.PutUint32(b[4:], math.Float32bits(float32(imag(c))))
		return b[8:]
	case reflect.Complex128:
		c := v.Complex()
		order.PutUint64(b, math.Float64bits(real(c)))
		order.PutUint64(b[8:], math.Float64bits(imag(c)))
		return b[16:]
	}
	return b
}

// decodeValue stores b into v, which readTarget accepted.
func decodeValue(b []byte, order ByteOrder, v reflect.Value) []byte {
	var x any
	n := 0
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			b = decodeValue(b, order, v.Index(i))
		}
		return b
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if t.Field(i).Name == "_" {
				b = b[typeSize(t.Field(i).Type):]
				continue
			}
			b = decodeValue(b, order, v.Field(i))
		}
		return b
	case reflect.Bool:
		x, n = b[0] != 0, 1
	case reflect.Int8:
		x, n = int8(b[0]), 1
	case reflect.Uint8:
		x, n = b[0], 1
	case reflect.Int16:
		x, n = int16(order.Uint16(b)), 2
	case reflect.Uint16:
		x, n = order.Uint16(b), 2
	case reflect.Int32:
		x, n = int32(order.Uint32(b)), 4
	case reflect.Uint32:
		x, n = order.Uint32(b), 4
	case reflect.Int64:
		x, n = int64(order.Uint64(b)), 8
	case reflect.Uint64:
		x, n = order.Uint64(b), 8
	case reflect.Float32:
		x, n = math.Float32frombits(order.Uint32(b)), 4
	case reflect.Float64:
		x, n = math.Float64frombits(order.Uint64(b)), 8
	case reflect.Complex64:
		re := math.Float32frombits(order.Uint32(b))
		im := math.Float32frombits(order.Uint32(b[4:]))
		x, n = complex(re, im), 8
	case reflect.Complex128:
		re := math.Float64frombits(order.Uint64(b))
		im := math.Float64frombits(order.Uint64(b[8:]))
		x, n = complex(re, im), 16
	default:
		return b
	}
	v.Set(reflect.ValueOf(x))
	return b[n:]
}
