// run

// Variadic fmt wrappers: func logf(format string, args ...any) forwarding
// with args..., prepending arguments, wrappers around Sprint/Sprintln
// (spacing rules), nil and empty variadic slices, passing []any vs []string,
// variadic methods, and a leveled logger writing to a strings.Builder.

package main

import (
	"fmt"
	"strings"
)

var out strings.Builder

func logf(format string, args ...any) {
	fmt.Fprintf(&out, "LOG "+format+"\n", args...)
}

func tagged(tag string, format string, args ...any) {
	all := append([]any{tag}, args...)
	logf("[%s] "+format, all...)
}

func count(args ...any) string {
	return fmt.Sprintf("%d args, nil=%t", len(args), args == nil)
}

func sum(base int, nums ...int) int {
	for _, n := range nums {
		base += n
	}
	return base
}

func joinAll(sep string, parts ...string) string { return strings.Join(parts, sep) }

type Logger struct {
	prefix string
	level  int
	lines  []string
}

func (l *Logger) log(level int, args ...any) {
	if level < l.level {
		return
	}
	l.lines = append(l.lines, l.prefix+fmt.Sprint(args...))
}

func (l *Logger) logln(args ...any) {
	l.lines = append(l.lines, l.prefix+strings.TrimSuffix(fmt.Sprintln(args...), "\n"))
}

func apply(f func(...int) int, xs ...int) int { return f(xs...) }

func main() {
	logf("plain")
	logf("%d + %d = %d", 2, 3, 5)
	logf("%s has %d items: %v", "cart", 3, []string{"a", "b", "c"})
	logf("missing %d %s", 1)
	logf("extra %d", 1, "two")
	tagged("db", "query %q took %dms", "select 1", 12)
	tagged("net", "no args")
	fmt.Print(out.String())

	fmt.Println(count(), count(nil), count(nil...), count([]any{}...), count(1, "a", nil))
	var nilSlice []any
	fmt.Println(count(nilSlice...), count(nilSlice))
	strs := []string{"x", "y"}
	fmt.Println(count(strs), joinAll("-", strs...), joinAll("-"), joinAll("+", "solo"))

	fmt.Println(sum(0), sum(1, 2, 3), sum(10, []int{4, 5}...))
	ns := []int{1, 2, 3}
	modify := func(xs ...int) int {
		xs[0] = 100 // aliases the caller's slice when passed with ...
		return len(xs)
	}
	fmt.Println(modify(ns...), ns, modify(7, 8), ns)
	fmt.Println(apply(func(xs ...int) int { return sum(0, xs...) }, 5, 6, 7))

	l := &Logger{prefix: "> ", level: 1}
	l.log(0, "hidden")
	l.log(1, "a", "b", 1, 2, "c", 3.5, nil, true)
	l.log(2, 1, 2, 3)
	l.log(2, "x", 1, "y")
	l.log(3, []int{1}, map[string]int{"k": 1}, struct{}{})
	l.logln("a", "b", 1, 2)
	l.logln()
	logMethod := l.log
	logMethod(5, "via method value ", 42)
	for i, line := range l.lines {
		fmt.Printf("%d %q\n", i, line)
	}

	fmt.Println(fmt.Sprint("a", "b"), fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"), fmt.Sprint(1, "a", 2), fmt.Sprint(1.5, true, 'x'))
	fmt.Print("print", 1, 2, "\n")
	fmt.Print(3, 4, "\n")
	err := fmt.Errorf("code=%d msg=%s args=%v", append([]any{404}, "nf", []any{1, "z"})...)
	fmt.Println(err)
}
