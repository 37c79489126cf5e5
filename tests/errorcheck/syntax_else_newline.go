// errorcheck

// else must be on the line of the closing brace: a newline there ends the
// if statement.

package main

func main() {
	x := 1
	if x > 0 {
		println(x)
	}
	else { // ERROR "unexpected keyword else, expected }"
		println(0)
	}
}
