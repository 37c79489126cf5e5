// run

// Imports of gocl's std packages (written in Go, compiled by gocl).

package main

import (
	"strconv"
	"strings"
	"sort"
	"math"
	"bytes"
	"unicode"
)

func main() {
	println(strings.ToUpper("hello"), strings.Repeat("ab", 3), strings.Index("chicken", "ken"))
	println(strconv.Itoa(-42), strconv.Quote("hi\n"), strconv.FormatFloat(3.14159, 'f', 2, 64))
	x := []int{5, 2, 8, 1}
	sort.Ints(x)
	println(x[0], x[3], math.Sqrt(2) > 1.41, unicode.IsUpper('A'))
	var b bytes.Buffer
	b.WriteString("buf")
	println(b.String())
	var sb strings.Builder
	sb.WriteString("x")
	sb.WriteByte('y')
	println(sb.String(), sb.Len())
	n, err := strconv.Atoi("12a")
	println(n, err.Error())
}
