// run

// Strings in switches, maps and comparisons built from byte slices and
// runes at run time: switch on string(b), comparisons of string(b) with
// constants, string keys from []rune, a simple tokenizer producing
// token kinds via switch on bytes and strings.

package main

func kind(tok string) string {
	switch tok {
	case "if", "else", "for", "func":
		return "keyword"
	case "+", "-", "*", "/", "==":
		return "op"
	case "":
		return "empty"
	}
	if tok[0] >= '0' && tok[0] <= '9' {
		return "number"
	}
	return "ident"
}

func tokenize(src string) []string {
	var toks []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, string(cur))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == ' ':
			flush()
		case c == '=' && i+1 < len(src) && src[i+1] == '=':
			flush()
			toks = append(toks, "==")
			i++
		case c == '+' || c == '-' || c == '*' || c == '/':
			flush()
			toks = append(toks, string(c))
		default:
			cur = append(cur, c)
		}
	}
	flush()
	return toks
}

func main() {
	toks := tokenize("if x1==42 func+y-3 else*z/  foo")
	println(len(toks))
	for _, t := range toks {
		println(t, kind(t))
	}

	b := []byte("else")
	switch string(b) {
	case "if":
		println("no")
	case "else":
		println("matched else from bytes")
	}
	b[0] = 'E'
	println(string(b) == "Else", string(b) != "else", kind(string(b)))

	counts := map[string]int{}
	for _, w := range [][]rune{[]rune("héllo"), []rune("héllo"), []rune("world")} {
		counts[string(w)]++
	}
	println(counts["héllo"], counts["world"], len(counts))

	// switch on a rune from a string
	vowels := 0
	for _, r := range "Programming in Gö" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'ö':
			vowels++
		}
	}
	println(vowels)

	// switch with string concatenation in the case expressions
	pre := "go"
	for _, s := range []string{"golang", "gopher", "go"} {
		switch s {
		case pre + "lang":
			println(s, "lang")
		case pre + "pher":
			println(s, "pher")
		default:
			println(s, "plain")
		}
	}
}
