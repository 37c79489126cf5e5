// errorcheck

// Only the final parameter can be variadic.

package main

func v(a ...int, b int) {} // ERROR "can only use ... with final parameter"

func main() {
}
