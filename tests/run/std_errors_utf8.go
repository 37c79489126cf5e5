// run

// Imports of gocl's std packages (written in Go, compiled by gocl).

package main

import (
	"errors"
	"unicode/utf8"
)

func main() {
	e := errors.New("boom")
	println(e.Error())
	println(utf8.RuneLen('é'), utf8.RuneCountInString("héllo"), utf8.ValidString("a\xffb"))
	w := errors.Join(e, errors.New("two"))
	println(errors.Is(w, e))
}
