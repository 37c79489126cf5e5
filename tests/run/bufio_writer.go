// run

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// logWriter records the size of each Write.
type logWriter struct {
	buf   bytes.Buffer
	sizes []int
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	return w.buf.Write(p)
}

type failWriter struct{ left int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) <= w.left {
		w.left -= len(p)
		return len(p), nil
	}
	n := w.left
	w.left = 0
	return n, errors.New("disk full")
}

func main() {
	lw := &logWriter{}
	w := bufio.NewWriterSize(lw, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	fmt.Println(w.Available(), w.Buffered(), lw.sizes)
	w.Write([]byte("defghij"))
	fmt.Println(w.Available(), w.Buffered(), lw.sizes)
	w.Write([]byte("0123456789012345"))
	fmt.Println(w.Buffered(), lw.sizes)
	w.WriteByte('!')
	n, err := w.WriteRune('é')
	fmt.Println(n, err)
	n, err = w.WriteRune('世')
	fmt.Println(n, err, w.Buffered(), lw.sizes)
	w.WriteString(strings.Repeat("x", 20))
	fmt.Println(w.Buffered(), lw.sizes)
	fmt.Println(w.Flush(), w.Flush(), lw.sizes)
	fmt.Printf("%q\n", lw.buf.String())
	ab := w.AvailableBuffer()
	ab = append(ab, "avail"...)
	w.Write(ab)
	w.Flush()
	fmt.Printf("%q\n", lw.buf.String()[lw.buf.Len()-5:])

	// Errors stick.
	fw := &failWriter{left: 5}
	w = bufio.NewWriterSize(fw, 4)
	n, err = w.WriteString("abcdefgh")
	fmt.Println(n, err)
	n, err = w.WriteString("z")
	fmt.Println(n, err, w.WriteByte('q'), w.Flush())
	w.Reset(&bytes.Buffer{})
	fmt.Println(w.Flush(), w.Buffered())

	// Short write without error.
	w = bufio.NewWriterSize(shortWriter{}, 16)
	w.WriteString("hello")
	fmt.Println(w.Flush(), w.Buffered())

	// ReadFrom.
	var sink bytes.Buffer
	w = bufio.NewWriterSize(&sink, 16)
	w.WriteString("pre:")
	c, err := w.ReadFrom(strings.NewReader(strings.Repeat("r", 40)))
	fmt.Println(c, err, w.Buffered(), sink.Len())
	w.Flush()
	fmt.Println(sink.Len())
	lw = &logWriter{}
	w = bufio.NewWriterSize(lw, 16)
	c, err = w.ReadFrom(io.LimitReader(strings.NewReader(strings.Repeat("s", 50)), 50))
	fmt.Println(c, err, w.Buffered(), lw.sizes)
	w.Flush()
	fmt.Println(lw.sizes)

	// fmt into a bufio.Writer; NewWriterSize reuse.
	sink.Reset()
	w = bufio.NewWriter(&sink)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	fmt.Println(sink.Len(), w.Buffered())
	w.Flush()
	fmt.Print(sink.String())
	fmt.Println(bufio.NewWriterSize(w, 100) == w, bufio.NewWriterSize(w, 10000) == w, bufio.NewWriterSize(&sink, 0).Size())

	// Writing a rune to a tiny buffer.
	sink.Reset()
	w = bufio.NewWriterSize(&sink, 2)
	w.WriteRune('€')
	w.WriteRune('a')
	w.Flush()
	fmt.Printf("%q\n", sink.String())
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }
