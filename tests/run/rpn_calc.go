// run

// A tokenizer plus shunting-yard parser and RPN evaluator: token kinds as
// a typed enum with String, precedence tables and operator funcs (including
// math.Mod/Pow as values) in maps, a stack type with methods, strconv for
// numbers, errors with positions, results formatted with %g and %.4f.

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Kind int

const (
	NUM Kind = iota
	OP
	LPAREN
	RPAREN
)

func (k Kind) String() string { return [...]string{"NUM", "OP", "LPAREN", "RPAREN"}[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j], i})
			i = j
		case strings.IndexByte("+-*/^%()", c) >= 0:
			kind := map[byte]Kind{'(': LPAREN, ')': RPAREN}[c]
			if kind == NUM {
				kind = OP
			}
			toks = append(toks, Token{kind, string(c), i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
var rightAssoc = map[string]bool{"^": true}

type tokStack []Token

func (s *tokStack) push(t Token) { *s = append(*s, t) }
func (s *tokStack) pop() Token   { t := (*s)[len(*s)-1]; *s = (*s)[:len(*s)-1]; return t }
func (s tokStack) top() Token    { return s[len(s)-1] }

func toRPN(toks []Token) ([]Token, error) {
	var out []Token
	var ops tokStack
	for _, t := range toks {
		switch t.Kind {
		case NUM:
			out = append(out, t)
		case OP:
			for len(ops) > 0 && ops.top().Kind == OP && (prec[ops.top().Text] > prec[t.Text] ||
				prec[ops.top().Text] == prec[t.Text] && !rightAssoc[t.Text]) {
				out = append(out, ops.pop())
			}
			ops.push(t)
		case LPAREN:
			ops.push(t)
		case RPAREN:
			for len(ops) > 0 && ops.top().Kind != LPAREN {
				out = append(out, ops.pop())
			}
			if len(ops) == 0 {
				return nil, fmt.Errorf("unmatched ) at %d", t.Pos)
			}
			ops.pop()
		}
	}
	for len(ops) > 0 {
		t := ops.pop()
		if t.Kind == LPAREN {
			return nil, fmt.Errorf("unmatched ( at %d", t.Pos)
		}
		out = append(out, t)
	}
	return out, nil
}

var ErrStack = errors.New("stack underflow")

var binops = map[string]func(a, b float64) float64{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
	"*": func(a, b float64) float64 { return a * b },
	"/": func(a, b float64) float64 { return a / b },
	"%": math.Mod,
	"^": math.Pow,
}

func evalRPN(rpn []Token) (float64, error) {
	var st []float64
	for _, t := range rpn {
		if t.Kind == NUM {
			v, err := strconv.ParseFloat(t.Text, 64)
			if err != nil {
				return 0, fmt.Errorf("bad number at %d: %w", t.Pos, err)
			}
			st = append(st, v)
			continue
		}
		if len(st) < 2 {
			return 0, fmt.Errorf("operator %s at %d: %w", t.Text, t.Pos, ErrStack)
		}
		a, b := st[len(st)-2], st[len(st)-1]
		st = st[:len(st)-2]
		st = append(st, binops[t.Text](a, b))
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("leftover values %v", st)
	}
	return st[0], nil
}

func main() {
	for _, in := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7", "10 % 4 + 0.5", "((2))",
		"1 / 0", "2 * (3 + 4", "2 + 3)", "1 + + 2", "4 $ 4", "1.2.3 + 1", "8 - 3 - 2", "1 2"} {
		toks, err := tokenize(in)
		if err != nil {
			fmt.Printf("%-14s tokenize error: %v\n", in, err)
			continue
		}
		rpn, err := toRPN(toks)
		if err != nil {
			fmt.Printf("%-14s parse error: %v\n", in, err)
			continue
		}
		parts := make([]string, len(rpn))
		for i, t := range rpn {
			parts[i] = t.Text
		}
		v, err := evalRPN(rpn)
		if err != nil {
			fmt.Printf("%-14s rpn=%-14s eval error: %v (underflow=%t)\n", in, strings.Join(parts, " "), err, errors.Is(err, ErrStack))
			continue
		}
		fmt.Printf("%-14s rpn=%-14s = %g (%.4f)\n", in, strings.Join(parts, " "), v, v)
	}
	toks, _ := tokenize("3+(4)")
	fmt.Printf("%v\n%+v\n", toks, toks[1])
}
