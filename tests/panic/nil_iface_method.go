// run

// Calling a method on a nil interface value is a nil pointer
// dereference.

package main

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

func find(name string) Speaker {
	if name == "dog" {
		return Dog{}
	}
	return nil
}

func main() {
	println(find("dog").Speak())
	println(find("cat").Speak())
}
