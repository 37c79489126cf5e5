// errorcheck

// Function declarations without a body need an assembly or linkname
// implementation, which a plain main package does not have.

package main

func noBody() // ERROR "missing function body"

func noBodyResult(x int) int // ERROR "missing function body"

func main() {
	noBody()
	println(noBodyResult(1))
}
