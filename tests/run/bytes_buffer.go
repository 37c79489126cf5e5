// run

// bytes.Buffer as writer and reader (Write/WriteString/WriteByte/WriteRune,
// Read/ReadByte/ReadRune/ReadString/Next/UnreadByte, Truncate/Reset),
// fmt.Fprintf into a Buffer, io.EOF handling, and bytes package functions:
// Equal, Compare, Contains, Index, Split, Fields, Join, ToUpper, TrimSpace,
// HasPrefix, Repeat, Map, and byte-slice aliasing through Bytes().

package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("wörld"))
	n, _ := buf.WriteRune('!')
	fmt.Fprintf(&buf, " %d-%s\n", 42, "x")
	fmt.Printf("%q len=%d runeLen=%d\n", buf.String(), buf.Len(), n)

	p := make([]byte, 4)
	k, err := buf.Read(p)
	fmt.Printf("%q %d %v rest=%q\n", p[:k], k, err, buf.String())
	b, _ := buf.ReadByte()
	fmt.Printf("%c ", b)
	buf.UnreadByte()
	b, _ = buf.ReadByte()
	fmt.Printf("%c ", b)
	b, _ = buf.ReadByte()
	r, size, _ := buf.ReadRune()
	fmt.Printf("%c %c %d\n", b, r, size)
	for range 3 {
		r, size, _ = buf.ReadRune()
		fmt.Printf("%c/%d ", r, size)
	}
	fmt.Println()
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = buf.ReadString('\n')
	fmt.Printf("%q %v %t\n", line, err, err == io.EOF)
	k, err = buf.Read(p)
	fmt.Println(k, err, buf.Len())

	b2 := bytes.NewBufferString("alpha,beta,gamma")
	fmt.Printf("%q ", b2.Next(6))
	rest, _ := io.ReadAll(b2)
	fmt.Printf("%q %d\n", rest, b2.Len())
	b3 := bytes.NewBufferString("0123456789")
	b3.Truncate(4)
	fmt.Println(b3.String())
	b3.Reset()
	fmt.Printf("%q %d\n", b3.String(), b3.Len())

	a, c := []byte("abc"), []byte("abd")
	fmt.Println(bytes.Equal(a, c), bytes.Equal(a, []byte("abc")), bytes.Compare(a, c), bytes.Compare(c, a), bytes.Equal(nil, []byte{}))
	text := []byte("  The rain in Spain stays mainly in the plain  ")
	fmt.Println(bytes.Contains(text, []byte("Spain")), bytes.Index(text, []byte("ain")), bytes.LastIndex(text, []byte("ain")), bytes.Count(text, []byte("ain")))
	fmt.Printf("%q\n", bytes.Fields(text))
	fmt.Printf("%q\n", bytes.Split([]byte("a:b::c"), []byte(":")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper([]byte("shout")), bytes.TrimSpace(text), bytes.Repeat([]byte("ab"), 3))
	fmt.Println(bytes.HasPrefix(text, []byte("  The")), bytes.HasSuffix(text, []byte("x")), bytes.IndexByte(text, 'r'), bytes.IndexRune([]byte("chicken"), 'k'))
	swapped := bytes.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, []byte("Hello World"))
	fmt.Printf("%s %s\n", swapped, bytes.ReplaceAll([]byte("a-b-c"), []byte("-"), []byte("+")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)

	var out bytes.Buffer
	out.Grow(64)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&out, "[%02d]", i*i)
	}
	view := out.Bytes()
	view[1] = '9' // aliases the buffer contents
	fmt.Println(out.String(), len(view))
	var w io.Writer = &out
	io.WriteString(w, "<tail>")
	fmt.Println(out.String())
	var dst bytes.Buffer
	copied, err := io.Copy(&dst, &out)
	fmt.Println(copied, err, dst.String(), out.Len())
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.ContainsRune([]byte("añb"), 'ñ'))
}
