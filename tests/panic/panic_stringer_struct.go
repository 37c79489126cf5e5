// run

// panic with a struct value (no Error method) that has a String method
// prints the result of String; deferred calls run before the message.

package main

type State struct {
	Phase string
	Step  int
}

func (s State) String() string {
	return "state{" + s.Phase + "," + string(rune('0'+s.Step)) + "}"
}

func main() {
	defer println("deferred 1")
	defer func() {
		println("deferred 2 sees no recover")
	}()
	println("running")
	panic(State{"init", 4})
}
