// String building: strings.Builder, strconv.Itoa/Quote, strings.Split,
// ToUpper, Count. (Not strconv.AppendQuote into one growing buffer: go's
// strconv grows that buffer by the minimum each call, which is quadratic.)
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 2000000; i++ {
		b.WriteString("x")
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	s := b.String()
	parts := strings.Split(s, ",")
	var buf []byte
	for _, p := range parts[:200000] {
		buf = append(buf, strconv.Quote(p)...)
	}
	up := strings.ToUpper(s[:1000000])
	fmt.Println(len(s), len(parts), len(buf), strings.Count(up, "X"))
}
