// errorcheck

// The init statement of a for clause is a simple statement: no var.

package main

func main() {
	for var i = 0; i < 3; i++ { // ERROR "var declaration not allowed in for initializer"
	}
}
