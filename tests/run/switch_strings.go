// run

// Switch on strings: many cases, computed tags, prefixes via slicing,
// and a small state machine driven by a switch in a loop.

package main

func lookup(cmd string) int {
	switch cmd {
	case "add", "plus", "+":
		return 1
	case "sub", "minus", "-":
		return 2
	case "mul", "times", "*":
		return 3
	case "div", "/":
		return 4
	case "":
		return 0
	}
	return -1
}

func eval(a int, op string, b int) int {
	switch lookup(op) {
	case 1:
		return a + b
	case 2:
		return a - b
	case 3:
		return a * b
	case 4:
		if b == 0 {
			return 0
		}
		return a / b
	}
	return -999
}

func kind(s string) string {
	switch {
	case len(s) == 0:
		return "empty"
	case s[0] >= '0' && s[0] <= '9':
		return "number"
	case len(s) > 3 && s[:3] == "go_":
		return "go-prefixed"
	}
	switch s[len(s)-1:] {
	case "?":
		return "question"
	case "!":
		return "exclamation"
	}
	return "word"
}

// countWords runs a two-state machine over the input.
func countWords(s string) int {
	state, words := "space", 0
	for i := 0; i < len(s); i++ {
		isSpace := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		switch state {
		case "space":
			if !isSpace {
				state = "word"
				words++
			}
		case "word":
			if isSpace {
				state = "space"
			}
		}
	}
	return words
}

func main() {
	println(lookup("add"), lookup("*"), lookup("div"), lookup(""), lookup("pow"))
	println(eval(6, "+", 7), eval(6, "minus", 7), eval(6, "times", 7), eval(42, "/", 5), eval(1, "/", 0), eval(1, "?", 1))
	println(kind(""), kind("42abc"), kind("go_build"), kind("why?"), kind("wow!"), kind("go"))
	println(countWords("  the quick\tbrown\n\nfox  "), countWords(""), countWords("one"))
	s := "b"
	switch s + s {
	case "b":
		println("single")
	case "bb":
		println("double")
	}
	// comparison of equal strings with different backing
	x := "hello world"
	y := "hello"
	switch x[:5] {
	case y:
		println("prefix equals variable")
	}
}
