// errorcheck

// Only the escapes of the spec are allowed in string literals.

package main

func main() {
	println("a\qb") // ERROR "unknown escape"
}
