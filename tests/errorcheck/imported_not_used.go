// errorcheck

// An unused import is an error.

package main

import "os" // ERROR "imported and not used"

func main() {
	println("hello")
}
