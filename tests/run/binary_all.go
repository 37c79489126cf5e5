// run

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

type Hdr struct {
	Magic [4]byte
	Ver   uint16
	_     uint16
	Len   int32
	F     float64
	Ok    bool
	C     complex64
	Arr   [2]int16
}

type Named int32

type WithNamed struct {
	A Named
}

type NotFixed struct {
	A int
	S string
}

func main() {
	b := make([]byte, 8)
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian, binary.NativeEndian} {
		o.PutUint16(b, 0x1234)
		fmt.Printf("%v %#v % x %#x\n", o, o, b[:2], o.Uint16(b))
		o.PutUint32(b, 0x12345678)
		fmt.Printf("% x %#x\n", b[:4], o.Uint32(b))
		o.PutUint64(b, 0x0102030405060708)
		fmt.Printf("% x %#x\n", b, o.Uint64(b))
		ao := o.(binary.AppendByteOrder)
		x := ao.AppendUint16([]byte{0xff}, 0xabcd)
		x = ao.AppendUint32(x, 0xdeadbeef)
		x = ao.AppendUint64(x, 0xfedcba9876543210)
		fmt.Printf("% x\n", x)
	}
	fmt.Println(binary.LittleEndian, binary.BigEndian)

	// varints
	vals := []int64{0, 1, -1, 63, -64, 64, 127, 128, 255, 300, -300, 1 << 20, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64}
	buf := make([]byte, binary.MaxVarintLen64)
	for _, v := range vals {
		n := binary.PutVarint(buf, v)
		got, m := binary.Varint(buf[:n])
		a := binary.AppendVarint(nil, v)
		un := binary.PutUvarint(buf, uint64(v))
		ug, um := binary.Uvarint(buf[:un])
		fmt.Printf("%d: % x %d %d | u % x %d %d\n", v, a, got, m, binary.AppendUvarint(nil, uint64(v)), ug, um)
		r := bytes.NewReader(a)
		rv, err := binary.ReadVarint(r)
		fmt.Println("  read", rv, err)
	}
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	for _, in := range [][]byte{
		nil, {0x80}, {0x80, 0x80}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0x81, 0x00}, {0x05, 0x06},
	} {
		u, n := binary.Uvarint(in)
		s, sn := binary.Varint(in)
		ru, err := binary.ReadUvarint(bytes.NewReader(in))
		rs, err2 := binary.ReadVarint(bytes.NewReader(in))
		fmt.Printf("% x: %d %d | %d %d | %d %v | %d %v\n", in, u, n, s, sn, ru, err, rs, err2)
	}

	// Read / Write fast paths
	var w bytes.Buffer
	data := []any{true, int8(-2), uint8(200), int16(-300), uint16(60000), int32(-70000), uint32(4000000000),
		int64(-1 << 40), uint64(1 << 63), float32(1.5), float64(-2.25),
		[]bool{true, false}, []int8{-1, 2}, []uint8{3, 4}, []int16{-5, 6}, []uint16{7, 8}, []int32{-9}, []uint32{10},
		[]int64{-11}, []uint64{12}, []float32{13.5}, []float64{-14.5}}
	for _, d := range data {
		if err := binary.Write(&w, binary.BigEndian, d); err != nil {
			fmt.Println("write error", err)
		}
		fmt.Print(binary.Size(d), " ")
	}
	fmt.Println()
	fmt.Printf("% x\n", w.Bytes())
	var (
		bo  bool
		i8  int8
		u8  uint8
		i16 int16
		u16 uint16
		i32 int32
		u32 uint32
		i64 int64
		u64 uint64
		f32 float32
		f64 float64
	)
	sb := make([]bool, 2)
	si8 := make([]int8, 2)
	su8 := make([]uint8, 2)
	si16 := make([]int16, 2)
	su16 := make([]uint16, 2)
	si32 := make([]int32, 1)
	su32 := make([]uint32, 1)
	si64 := make([]int64, 1)
	su64 := make([]uint64, 1)
	sf32 := make([]float32, 1)
	sf64 := make([]float64, 1)
	for _, p := range []any{&bo, &i8, &u8, &i16, &u16, &i32, &u32, &i64, &u64, &f32, &f64, sb, si8, su8, si16, su16, si32, su32, si64, su64, sf32, sf64} {
		if err := binary.Read(&w, binary.BigEndian, p); err != nil {
			fmt.Println("read error", err)
		}
	}
	fmt.Println(bo, i8, u8, i16, u16, i32, u32, i64, u64, f32, f64, sb, si8, su8, si16, su16, si32, su32, si64, su64, sf32, sf64)
	fmt.Println(binary.Read(&w, binary.LittleEndian, &i32))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &i32))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4}), binary.LittleEndian, int32(0)))
	var iv int
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4, 5, 6, 7, 8}), binary.LittleEndian, &iv))
	fmt.Println(binary.Write(&w, binary.LittleEndian, 5))
	fmt.Println(binary.Write(&w, binary.LittleEndian, "str"))
	fmt.Println(binary.Size(5), binary.Size("x"), binary.Size(nil), binary.Size([]int32{}), binary.Size(&si16), binary.Size([]int{1}))

	// structs and arrays
	h := Hdr{Magic: [4]byte{'G', 'O', 'C', 'L'}, Ver: 3, Len: -7, F: 3.25, Ok: true, C: complex(1, -2), Arr: [2]int16{-1, 2}}
	fmt.Println("size", binary.Size(h), binary.Size(&h), binary.Size([]Hdr{h, h}), binary.Size([3]uint16{}))
	w.Reset()
	fmt.Println(binary.Write(&w, binary.LittleEndian, h))
	fmt.Println(binary.Write(&w, binary.BigEndian, &h))
	fmt.Printf("% x\n", w.Bytes())
	var h2, h3 Hdr
	fmt.Println(binary.Read(&w, binary.LittleEndian, &h2))
	fmt.Println(binary.Read(&w, binary.BigEndian, &h3))
	fmt.Printf("%+v\n%+v\n", h2, h3)
	arr := [3]uint16{1, 2, 3}
	enc, err := binary.Append([]byte{9}, binary.BigEndian, arr)
	fmt.Printf("% x %v\n", enc, err)
	var arr2 [3]uint16
	n, err := binary.Decode(enc[1:], binary.BigEndian, &arr2)
	fmt.Println(n, err, arr2)
	fmt.Println(binary.Size(NotFixed{}), binary.Write(&w, binary.LittleEndian, NotFixed{}))
	fmt.Println(binary.Read(&w, binary.LittleEndian, &NotFixed{}))

	// Encode / Decode / Append
	small := make([]byte, 3)
	n, err = binary.Encode(small, binary.LittleEndian, uint32(1))
	fmt.Println(n, err)
	n, err = binary.Encode(b, binary.LittleEndian, uint32(0x01020304))
	fmt.Println(n, err, b[:4])
	n, err = binary.Decode(small, binary.LittleEndian, &u32)
	fmt.Println(n, err)
	n, err = binary.Decode(b, binary.LittleEndian, &u32)
	fmt.Println(n, err, u32)
	ab, err := binary.Append(nil, binary.BigEndian, []uint16{1, 2})
	fmt.Println(ab, err)
	ab, err = binary.Append(ab, binary.BigEndian, 7)
	fmt.Println(ab, err)
	n, err = binary.Encode(b, binary.LittleEndian, NotFixed{})
	fmt.Println(n, err)
	n, err = binary.Decode(b, binary.LittleEndian, 3)
	fmt.Println(n, err)
	fmt.Println(errors.Is(binary.Read(bytes.NewReader(nil), binary.BigEndian, &u16), io.EOF))

	// bounds-check panics
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.BigEndian.Uint32([]byte{1, 2})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.LittleEndian.PutUint64(make([]byte, 7), 1)
	}()
}
