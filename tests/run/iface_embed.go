// run

// Embedded interfaces and method sets: an interface embedding others,
// overlapping embedded methods (allowed since Go 1.14), assigning a
// larger interface to a smaller one, method sets of T vs *T, and
// struct types embedding an interface value.

package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type Closer interface{ Close() bool }

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Reader // overlapping, identical method
	Closer
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return "<eof>"
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

func (f *File) Close() bool {
	was := f.closed
	f.closed = true
	return !was
}

type Upper struct {
	Reader // embedded interface field
}

func (u Upper) Read() string {
	s := u.Reader.Read()
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

type Const string

func (c Const) Read() string { return string(c) }

func copyAll(dst Writer, src Reader, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += dst.Write(src.Read())
	}
	return total
}

func main() {
	f := &File{}
	var rwc ReadWriteCloser = f
	println(rwc.Write("hello"), rwc.Write("world"))
	var rw ReadWriter = rwc
	var r Reader = rw
	var w Writer = rwc
	w.Write("!")
	rd1, rd2 := r.Read(), rw.Read()
	println(rd1, rd2, len(f.data))
	c1, c2 := rwc.Close(), rwc.Close()
	println(c1, c2, f.closed)

	u := Upper{Reader: f}
	println(u.Read(), u.Read())
	var r2 Reader = u
	f.Write("again")
	println(r2.Read())

	dst := &File{}
	n1 := copyAll(dst, Const("ab"), 3)
	println(n1, len(dst.data), dst.Read())
	n2 := copyAll(dst, Upper{Const("xy")}, 2)
	println(n2, len(dst.data))

	// embedding a nil interface: the field is nil
	var empty Upper
	println(empty.Reader == nil)

	// Const value: method set includes Read for both Const and *Const
	c := Const("v")
	var r3 Reader = c
	var r4 Reader = &c
	c = "changed"
	println(r3.Read(), r4.Read())
}
