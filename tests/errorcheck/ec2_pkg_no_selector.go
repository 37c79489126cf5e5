// errorcheck

// An imported package name can only be used as the left side of a
// selector.

package main

import (
	"fmt"
	"strconv"
	s "strings"
)

func main() {
	fmt // ERROR "use of package fmt not in selector"
	f := fmt // ERROR "use of package fmt not in selector"
	println(strconv) // ERROR "use of package strconv not in selector"
	var v = s // ERROR "use of package s not in selector"
	fmt.Println(f, v, s.ToUpper("a"), strconv.Itoa(1))
}
