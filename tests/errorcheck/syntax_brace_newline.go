// errorcheck

// The opening brace of a function body must be on the line of the
// signature.

package main

func main()
{ // ERROR "unexpected semicolon or newline before {"
}
