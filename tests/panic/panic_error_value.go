// run

// panic with a value whose type has an Error method prints the result of
// Error after "panic: ".

package main

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return "line " + string(rune('0'+e.Line)) + ": " + e.Msg
}

func parse(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			panic(&ParseError{Line: 3, Msg: "unexpected character"})
		}
	}
	return len(s)
}

func main() {
	println(parse("123"))
	println(parse("12x"))
}
