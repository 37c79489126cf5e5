// run

package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for _, r := range []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x surr=%v len=%d enc=%#x,%#x dec=%#x app=%#x\n", r, utf16.IsSurrogate(r), utf16.RuneLen(r), r1, r2,
			utf16.DecodeRune(r1, r2), utf16.AppendRune(nil, r))
	}
	fmt.Printf("%#x\n", utf16.DecodeRune(0xdc00, 0xd800))
	fmt.Printf("%#x\n", utf16.DecodeRune('a', 0xdc00))
	s := []rune("héllo, 世界 😀 \U0010ffff")
	s = append(s, 0xd800, -5, 0x110000, 0xdfff)
	e := utf16.Encode(s)
	fmt.Printf("%d %#x\n", len(e), e)
	d := utf16.Decode(e)
	fmt.Printf("%d %q\n", len(d), string(d))
	bad := []uint16{0xd800, 'a', 0xdc00, 0xd83d, 0xde00, 0xd83d, 0xdbff, 0xdfff, 0xd83d}
	fmt.Printf("%#x\n", utf16.Decode(bad))
	fmt.Println(len(utf16.Decode(nil)), utf16.Decode(nil) == nil, len(utf16.Encode(nil)), utf16.Encode(nil) == nil)
	fmt.Println(cap(utf16.Decode([]uint16{1, 2, 3})))
	var a []uint16
	for _, r := range "a😀" {
		a = utf16.AppendRune(a, r)
	}
	fmt.Printf("%#x\n", a)
	// round trip over a range
	bad2 := 0
	for r := rune(0); r <= 0x10ffff; r += 97 {
		if utf16.IsSurrogate(r) {
			continue
		}
		d := utf16.Decode(utf16.Encode([]rune{r}))
		if len(d) != 1 || d[0] != r {
			bad2++
		}
	}
	fmt.Println("bad", bad2)
}
