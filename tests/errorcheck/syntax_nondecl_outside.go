// errorcheck

// Statements are not allowed at package level.

package main

x := 1 // ERROR "non-declaration statement outside function body"

func main() {
}
