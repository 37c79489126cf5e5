// run

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// chunkReader returns its data a few bytes per Read.
type chunkReader struct {
	s     string
	chunk int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := r.chunk
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.s) {
		n = len(r.s)
	}
	copy(p, r.s[:n])
	r.s = r.s[n:]
	return n, nil
}

type emptyReader struct{}

func (emptyReader) Read(p []byte) (int, error) { return 0, nil }

func main() {
	r := bufio.NewReaderSize(&chunkReader{"hello world\nsecond line\r\nthird", 4}, 16)
	fmt.Println(r.Size(), r.Buffered())
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)

	// Long lines through ReadLine / ReadSlice / ReadBytes with a small buffer.
	long := strings.Repeat("abcdefghij", 5) + "\n" + "tail"
	r = bufio.NewReaderSize(strings.NewReader(long), 16)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("ReadLine end:", err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}
	r = bufio.NewReaderSize(strings.NewReader(long), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	r = bufio.NewReaderSize(strings.NewReader(long), 16)
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	bs, err = r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	bs, err = r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)

	// Bytes and runes with unread.
	r = bufio.NewReader(strings.NewReader("aé世\xffz"))
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %d\n", ch, size)
		if ch == '世' {
			fmt.Println(r.UnreadRune(), r.UnreadRune())
			ch, size, _ = r.ReadRune()
			fmt.Printf("again %q %d\n", ch, size)
		}
	}
	fmt.Println(r.UnreadRune(), r.UnreadByte())
	c, _ = r.ReadByte()
	fmt.Println(string(c))

	// Read, Discard, Buffered.
	r = bufio.NewReaderSize(&chunkReader{"0123456789abcdefghijklmnopqrstuvwxyz", 5}, 16)
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Buffered())
	d, err := r.Discard(4)
	fmt.Println(d, err, r.Buffered())
	big := make([]byte, 20)
	n, err = r.Read(big)
	fmt.Printf("%d %v %q\n", n, err, big[:n])
	n, err = r.Read(big)
	fmt.Printf("%d %v %q\n", n, err, big[:n])
	d, err = r.Discard(100)
	fmt.Println(d, err)
	n, err = r.Read(big)
	fmt.Println(n, err)
	n, err = r.Read(nil)
	fmt.Println(n, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	_, err = r.Discard(-1)
	fmt.Println(err)

	// A reader that never makes progress.
	r = bufio.NewReader(emptyReader{})
	_, err = r.ReadByte()
	fmt.Println(err)

	// WriteTo and Reset.
	r = bufio.NewReaderSize(&chunkReader{"write me out", 3}, 16)
	r.ReadByte()
	var out bytes.Buffer
	w, err := r.WriteTo(&out)
	fmt.Println(w, err, out.String())
	r.Reset(strings.NewReader("after reset"))
	s, err = r.ReadString('!')
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(bufio.NewReaderSize(r, 10) == r, bufio.NewReaderSize(r, 100000) == r, bufio.NewReaderSize(strings.NewReader(""), 1).Size())

	// ReadRune across a buffer boundary.
	r = bufio.NewReaderSize(&chunkReader{"ab€cd€", 1}, 16)
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			break
		}
		fmt.Print(string(ch), size, " ")
	}
	fmt.Println()

	// ReadWriter.
	var sink bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&sink))
	s, _ = rw.ReadString(0)
	rw.WriteString("out:" + s)
	rw.Flush()
	fmt.Println(sink.String())
	fmt.Println(bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune)
}
