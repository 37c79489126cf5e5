// run

// Interfaces embedding interfaces: io-like Reader/Writer/Closer
// composition, overlapping embedded method sets, assertions from a small
// interface to a larger one, type switches choosing the most specific
// case, interface values holding pointers vs values, and method sets.

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Reader interface{ Read() (string, error) }
type Writer interface{ Write(s string) int }
type Closer interface{ Close() error }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Closer
	Reader // overlapping embedding is allowed
}
type Named interface{ Name() string }

var ErrEOF = errors.New("EOF")

type Pipe struct {
	buf    []string
	closed bool
	name   string
}

func (p *Pipe) Write(s string) int { p.buf = append(p.buf, s); return len(s) }
func (p *Pipe) Read() (string, error) {
	if len(p.buf) == 0 {
		return "", ErrEOF
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s, nil
}
func (p *Pipe) Close() error {
	if p.closed {
		return errors.New("already closed")
	}
	p.closed = true
	return nil
}
func (p Pipe) Name() string { return "pipe:" + p.name }

type Source struct{ items []string }

func (s *Source) Read() (string, error) {
	if len(s.items) == 0 {
		return "", ErrEOF
	}
	x := s.items[0]
	s.items = s.items[1:]
	return x, nil
}

type Sink struct{ sb strings.Builder }

func (s *Sink) Write(x string) int { s.sb.WriteString(x); return len(x) }

func describe(v any) string {
	switch x := v.(type) {
	case ReadWriteCloser:
		return "ReadWriteCloser"
	case ReadWriter:
		return "ReadWriter"
	case Reader:
		return "Reader"
	case Writer, Closer:
		return fmt.Sprintf("Writer-or-Closer %T", x)
	case Named:
		return "Named " + x.Name()
	default:
		return "other"
	}
}

func copyAll(w Writer, r Reader) (n int, err error) {
	for {
		s, err := r.Read()
		if err == ErrEOF {
			return n, nil
		}
		n += w.Write(strings.ToUpper(s))
	}
}

func main() {
	p := &Pipe{name: "main"}
	var rwc ReadWriteCloser = p
	var rw ReadWriter = rwc
	var r Reader = rw
	var w Writer = p
	w.Write("hello")
	w.Write("world")
	fmt.Println(len(p.buf), describe(p), describe(*p), describe(&Source{}), describe(&Sink{}), describe(42))

	if c, ok := r.(Closer); ok {
		fmt.Println("reader is closer:", c.Close(), c.Close())
	}
	if _, ok := r.(Named); ok {
		fmt.Println("pointer has value-receiver Name")
	}
	var n Named = *p
	_, isWriter := n.(Writer)
	fmt.Println(n.Name(), "value is writer:", isWriter)

	s, err := r.Read()
	fmt.Println(s, err)
	sink := &Sink{}
	cnt, err := copyAll(sink, &Source{[]string{"a", "bc", "def"}})
	fmt.Println(cnt, err, sink.sb.String())
	cnt, _ = copyAll(sink, rw)
	fmt.Println(cnt, sink.sb.String())
	_, err = rw.Read()
	fmt.Println(err, err == ErrEOF, errors.Is(err, ErrEOF))

	fmt.Println(rw == r, rwc == rw, r == Reader(p), w == Writer(sink))
	var r2 Reader = &Source{}
	fmt.Println(r2 == r, r2 != nil)
	var nilRWC ReadWriteCloser
	var nilR Reader = nilRWC
	fmt.Println(nilR == nil, nilRWC == nil)
	fmt.Printf("%T %T %v\n", r, n, n)
	rws := []ReadWriter{p, struct {
		Reader
		Writer
	}{&Source{[]string{"s"}}, sink}}
	for _, x := range rws {
		x.Write("!")
		v, e := x.Read()
		fmt.Printf("%q %v %s\n", v, e, describe(x))
	}
	fmt.Println(sink.sb.String())
}
