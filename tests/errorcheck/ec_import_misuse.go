// errorcheck

// An imported package name is not a value, and an import renamed but
// unused is reported with its new name.

package main

import o "os" // ERROR ".os. imported as o and not used"

import "strings" // ERROR ".strings. imported and not used"

func main() {
	x := strings // ERROR "use of package strings not in selector"
	println(x)
}
