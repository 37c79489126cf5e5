// errorcheck

// Strings are immutable: their bytes cannot be assigned or incremented,
// and the result of len or a call is not addressable.

package main

func get() int { return 1 }

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	s[1]++ // ERROR "cannot assign to s\[1\]"
	len(s) = 3 // ERROR "cannot assign to len\(s\)"
	get() = 2 // ERROR "cannot assign to get\(\)"
	"lit" = s // ERROR "cannot assign to .lit."
	println(s)
}
