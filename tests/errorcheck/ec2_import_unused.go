// errorcheck

// Every imported package must be used; using only a shadowed name does
// not count.

package main

import (
	"errors" // ERROR ".errors. imported and not used"
	"fmt"
	str "strings" // ERROR ".strings. imported as str and not used"
	"sort" // ERROR ".sort. imported and not used"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(1))
	sort := []int{3, 1}
	println(len(sort))
}
