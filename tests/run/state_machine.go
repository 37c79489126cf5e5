// run

// A state machine built from closures: states are functions returning the
// next state (stateFn pattern), a transition table of closures in a map
// keyed by struct, closures capturing and mutating shared counters, and a
// turnstile and a number parser driven by input strings.

package main

import (
	"fmt"
	"strings"
)

type lexer struct {
	input  string
	pos    int
	tokens []string
}

type stateFn func(*lexer) stateFn

func lexStart(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		return nil
	}
	c := l.input[l.pos]
	switch {
	case c == ' ':
		l.pos++
		return lexStart
	case c >= '0' && c <= '9':
		return lexNumber
	case c >= 'a' && c <= 'z':
		return lexIdent
	default:
		l.tokens = append(l.tokens, fmt.Sprintf("op(%c)", c))
		l.pos++
		return lexStart
	}
}

func lexNumber(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && (l.input[l.pos] >= '0' && l.input[l.pos] <= '9' || l.input[l.pos] == '.') {
		l.pos++
	}
	l.tokens = append(l.tokens, "num("+l.input[start:l.pos]+")")
	return lexStart
}

func lexIdent(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] >= 'a' && l.input[l.pos] <= 'z' {
		l.pos++
	}
	l.tokens = append(l.tokens, "id("+l.input[start:l.pos]+")")
	return lexStart
}

func lex(s string) []string {
	l := &lexer{input: s}
	steps := 0
	for st := stateFn(lexStart); st != nil; st = st(l) {
		steps++
	}
	l.tokens = append(l.tokens, fmt.Sprint("steps=", steps))
	return l.tokens
}

type State int

const (
	Locked State = iota
	Unlocked
	Broken
)

func (s State) String() string {
	return [...]string{"Locked", "Unlocked", "Broken"}[s]
}

type key struct {
	from  State
	event string
}

func newTurnstile() (func(string) (State, error), func() string) {
	state := Locked
	coins, passes, alarms := 0, 0, 0
	table := map[key]func() State{
		{Locked, "coin"}:   func() State { coins++; return Unlocked },
		{Locked, "push"}:   func() State { alarms++; return Locked },
		{Unlocked, "push"}: func() State { passes++; return Locked },
		{Unlocked, "coin"}: func() State { coins++; return Unlocked },
		{Locked, "kick"}:   func() State { alarms += 10; return Broken },
		{Broken, "fix"}:    func() State { return Locked },
	}
	step := func(ev string) (State, error) {
		f, ok := table[key{state, ev}]
		if !ok {
			return state, fmt.Errorf("no transition from %v on %q", state, ev)
		}
		state = f()
		return state, nil
	}
	stats := func() string {
		return fmt.Sprintf("state=%v coins=%d passes=%d alarms=%d", state, coins, passes, alarms)
	}
	return step, stats
}

func main() {
	for _, in := range []string{"x1 + 23.5*foo", "", "abc def", "((7))"} {
		fmt.Printf("%q -> %s\n", in, strings.Join(lex(in), " "))
	}
	step, stats := newTurnstile()
	for _, ev := range strings.Fields("push coin coin push push coin push kick coin fix kick fix coin push") {
		s, err := step(ev)
		if err != nil {
			fmt.Println("  ", ev, "error:", err)
			continue
		}
		fmt.Printf("   %-5s -> %v (%d)\n", ev, s, s)
	}
	fmt.Println(stats())
	step2, stats2 := newTurnstile()
	step2("coin")
	fmt.Println(stats2(), "|", stats())
	fmt.Printf("%v %d %s %+v\n", Broken, Broken, Unlocked, key{Unlocked, "push"})
}
