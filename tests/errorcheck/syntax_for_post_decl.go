// errorcheck

// The post statement of a for clause cannot be a short variable
// declaration.

package main

func main() {
	for i := 0; i < 3; j := 1 { // ERROR "cannot declare in post statement of for loop"
		println(i)
	}
}
