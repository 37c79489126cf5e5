// run

// The os package subset: len(os.Args) and the program name's presence,
// os.Getenv of an unset variable, writing to os.Stdout and os.Stderr
// through fmt.Fprint*/Fprintf and io.WriteString, an io.Writer wrapper
// counting bytes, and os.Exit deferred after output (exit status 0).

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	w     io.Writer
	n     int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	fmt.Println("args:", len(os.Args), len(os.Args[0]) > 0, os.Args[1:])
	fmt.Printf("%q %t\n", os.Getenv("GOCL_SURELY_UNSET_VARIABLE_XYZ"), os.Getenv("GOCL_SURELY_UNSET_VARIABLE_XYZ") == "")
	v, ok := os.LookupEnv("GOCL_SURELY_UNSET_VARIABLE_XYZ")
	fmt.Printf("%q %v\n", v, ok)

	n, err := fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stderr, "to stderr %d\n", 42)
	fmt.Println(n, err)
	n, err = io.WriteString(os.Stdout, "io.WriteString\n")
	fmt.Println(n, err)
	n, err = os.Stdout.Write([]byte("raw write\n"))
	fmt.Println(n, err)
	os.Stdout.WriteString("WriteString method\n")

	cw := &countingWriter{w: os.Stdout}
	fmt.Fprint(cw, "a", "b", 3, 4, "\n")
	fmt.Fprintf(cw, "%5.2f|%-4s|\n", 3.14159, "x")
	fmt.Fprintln(cw, "line", true)
	fmt.Println("counted:", cw.n, "calls:", cw.calls)

	var w io.Writer = upper{cw}
	fmt.Fprintf(w, "shout %s %v\n", "quietly", []string{"a", "b"})
	fmt.Println("counted:", cw.n, "calls:", cw.calls)

	var sb strings.Builder
	var wr io.Writer = &sb
	fmt.Fprint(wr, "into builder ", 7)
	io.WriteString(wr, "!")
	fmt.Println(sb.String(), sb.Len())
	_, isStringWriter := wr.(io.StringWriter)
	fmt.Println("StringWriter:", isStringWriter)

	r := strings.NewReader("copy me through io.Copy\n")
	copied, err := io.Copy(cw, r)
	fmt.Println(copied, err, cw.n)
	fmt.Fprintln(os.Stderr, "stderr again")
	defer fmt.Println("deferred (not printed because of os.Exit)")
	os.Exit(0)
}
