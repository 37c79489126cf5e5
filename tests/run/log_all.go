// run

package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, fmt.Errorf("boom on %q", p) }

func helper(l *log.Logger) {
	l.Output(2, "from helper") // reports the caller of helper
}

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == os.Stderr, log.Default().Writer() == os.Stderr)
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("hello")
	log.Print("with newline\n")
	log.Print()
	log.Print("a", 1, 2, "b", "c", 3.5)
	log.Println("a", 1, 2, "b")
	log.Printf("%d-%s", 7, "x")
	log.Printf("two\nlines")
	log.SetPrefix("pfx: ")
	log.Println("prefixed")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	log.SetFlags(log.Lshortfile)
	log.Println("short")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("short msgprefix")
	log.SetFlags(log.Llongfile | log.Lshortfile)
	log.Print("short wins")
	fmt.Println(log.Output(1, "via Output"))
	log.SetPrefix("")
	log.SetFlags(0)

	var buf bytes.Buffer
	l := log.New(&buf, "L ", log.Lshortfile)
	l.Print("p")
	l.Printf("pf %v", []int{1, 2})
	l.Println("pln")
	helper(l)
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)
	buf.Reset()

	// a long file name: only the check that it ends with the right part
	l.SetFlags(log.Llongfile)
	l.SetPrefix("")
	l.Print("long")
	s := buf.String()
	fmt.Println(strings.HasSuffix(s, "log_all.go:62: long\n"), strings.HasPrefix(s, "/"))
	buf.Reset()

	// date and time: only the shape
	l.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	l.Print("t")
	s = buf.String()
	shape := []byte(s)
	for i, c := range shape {
		if c >= '0' && c <= '9' {
			shape[i] = 'N'
		}
	}
	fmt.Printf("%q\n", shape)
	buf.Reset()
	l.SetFlags(log.Ldate)
	l.Print("d")
	fmt.Println(len(buf.String()), buf.String()[4], buf.String()[7], buf.String()[10:])
	buf.Reset()
	l.SetFlags(log.Ltime)
	l.SetPrefix("[x] ")
	l.Print("t")
	fmt.Println(len(buf.String()), buf.String()[:4], buf.String()[6], buf.String()[12:])
	buf.Reset()
	l.SetFlags(log.Lmicroseconds | log.Lmsgprefix)
	l.Print("t")
	fmt.Println(len(buf.String()), buf.String()[8], buf.String()[15:])
	buf.Reset()

	// write errors are returned by Output
	el := log.New(errWriter{}, "E ", 0)
	fmt.Println(el.Output(1, "x"))
	el.Print("ignored")

	// discard
	dl := log.New(io.Discard, "", log.LstdFlags)
	dl.Println("nothing")
	fmt.Println(dl.Writer() == io.Discard)

	// Panic
	for _, f := range []func(){
		func() { l.Panic("p1", 2) },
		func() { l.Panicf("p%d", 2) },
		func() { l.Panicln("p", 3) },
		func() { log.Panic("std", "panic") },
		func() { log.Panicf("std %s", "panicf") },
		func() { log.Panicln("std", "panicln") },
	} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("recovered %T %q\n", r, r)
			}()
			l.SetFlags(0)
			l.SetPrefix("P ")
			f()
		}()
	}
	fmt.Print(buf.String())

	// SetOutput on a custom logger, default logger is shared
	log.Default().SetPrefix("dflt ")
	log.Print("via default")
	fmt.Println(log.Prefix())
	l2 := log.New(os.Stdout, "", 0)
	l2.SetOutput(&buf)
	buf.Reset()
	l2.Print("to buf")
	fmt.Printf("%q\n", buf.String())
}
