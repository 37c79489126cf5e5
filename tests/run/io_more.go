// run

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("writer full")
	}
	w.n -= len(p)
	return len(p), nil
}

func main() {
	// Pipe.
	pr, pw := io.Pipe()
	done := make(chan bool)
	go func() {
		for _, s := range []string{"one ", "two ", "three"} {
			n, err := pw.Write([]byte(s))
			fmt.Println("wrote", n, err)
		}
		pw.Close()
		done <- true
	}()
	buf := make([]byte, 3)
	var got []byte
	for {
		n, err := pr.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			fmt.Println("read end:", err)
			break
		}
	}
	<-done
	fmt.Printf("%q\n", got)
	n, err := pw.Write([]byte("x"))
	fmt.Println(n, err)
	n, err = pr.Read(buf)
	fmt.Println(n, err)

	pr, pw = io.Pipe()
	go func() {
		pw.CloseWithError(errors.New("custom failure"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)

	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	n, err = pw.Write([]byte("abc"))
	fmt.Println(n, err)
	pr.Close()
	n, err = pw.Write([]byte("abc"))
	fmt.Println(n, err)

	pr, pw = io.Pipe()
	go func() {
		fmt.Fprintf(pw, "formatted %d %s", 42, "ok")
		pw.Close()
	}()
	var sb strings.Builder
	c, err := io.Copy(&sb, pr)
	fmt.Println(c, err, sb.String())

	// SectionReader.
	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	fmt.Println(sr.Size())
	b := make([]byte, 5)
	n, err = sr.Read(b)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = sr.Read(b)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = sr.Read(b)
	fmt.Printf("%d %v\n", n, err)
	pos, err := sr.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = sr.Read(b)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	_, err = sr.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = sr.Seek(0, 7)
	fmt.Println(err)
	n, err = sr.ReadAt(b, 5)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = sr.ReadAt(b, 1)
	fmt.Printf("%d %v %q\n", n, err, b[:n])
	n, err = sr.ReadAt(b, 8)
	fmt.Printf("%d %v\n", n, err)
	r, off, size := sr.Outer()
	fmt.Println(r != nil, off, size)
	all, _ := io.ReadAll(io.NewSectionReader(strings.NewReader("xyz"), 1, 1<<62))
	fmt.Printf("%q\n", all)

	// OffsetWriter over a WriterAt.
	wa := &memWA{}
	ow := io.NewOffsetWriter(wa, 3)
	ow.Write([]byte("abc"))
	ow.WriteAt([]byte("Z"), 1)
	p, err := ow.Seek(1, io.SeekCurrent)
	fmt.Println(p, err)
	ow.Write([]byte("!"))
	_, err = ow.Seek(-1, io.SeekStart)
	fmt.Println(err)
	fmt.Printf("%q\n", wa.b)

	// ReadFull, ReadAtLeast.
	n, err = io.ReadFull(strings.NewReader("abc"), make([]byte, 5))
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), make([]byte, 5))
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(&slowReader{"abcdef"}, make([]byte, 5), 3)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 2), 3)
	fmt.Println(n, err)

	// Copy, CopyN, CopyBuffer.
	var bb bytes.Buffer
	c, err = io.CopyN(&bb, &slowReader{"hello world"}, 5)
	fmt.Println(c, err, bb.String())
	c, err = io.CopyN(&bb, strings.NewReader("ab"), 5)
	fmt.Println(c, err, bb.String())
	c, err = io.CopyBuffer(&errWriter{7}, &slowReader{"0123456789"}, make([]byte, 4))
	fmt.Println(c, err)
	c, err = io.Copy(&errWriter{3}, strings.NewReader("0123456789"))
	fmt.Println(c, err)

	// LimitReader, MultiReader, MultiWriter, TeeReader.
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	all, err = io.ReadAll(lr)
	fmt.Printf("%q %v\n", all, err)
	mr := io.MultiReader(strings.NewReader("ab"), &slowReader{"cd"}, strings.NewReader(""), strings.NewReader("ef"))
	all, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprint(mw, "both")
	io.WriteString(mw, "+str")
	fmt.Println(w1.String(), w2.String())
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &tee)
	all, _ = io.ReadAll(tr)
	fmt.Println(string(all), tee.String())
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	c, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(c, err)
	n, err = io.WriteString(&w1, "!")
	fmt.Println(n, err, w1.String())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)

	// Readers as interfaces.
	var rs io.ReadSeeker = strings.NewReader("seekable")
	rs.Seek(4, io.SeekStart)
	all, _ = io.ReadAll(rs)
	fmt.Println(string(all))
	var rr io.RuneScanner = strings.NewReader("héllo")
	rr.ReadRune()
	ch, sz, _ := rr.ReadRune()
	fmt.Println(string(ch), sz, rr.UnreadRune())
	var br io.ByteScanner = bytes.NewReader([]byte("xy"))
	x, _ := br.ReadByte()
	fmt.Println(string(x), br.UnreadByte())
	var ra io.ReaderAt = strings.NewReader("readat")
	n, err = ra.ReadAt(b[:3], 4)
	fmt.Println(n, err, string(b[:n]))
	var wt io.WriterTo = strings.NewReader("writerto")
	c, err = wt.WriteTo(&w2)
	fmt.Println(c, err, w2.String())
	var rf io.ReaderFrom = &w2
	c, err = rf.ReadFrom(strings.NewReader("+rf"))
	fmt.Println(c, err, w2.String())
	var sw io.StringWriter = &w2
	sw.WriteString("!")
	fmt.Println(w2.String())
}

type memWA struct{ b []byte }

func (m *memWA) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(m.b)) < off+int64(len(p)) {
		m.b = append(m.b, '.')
	}
	copy(m.b[off:], p)
	return len(p), nil
}
