// run

// The blank identifier: discarding results, blank variables at package
// level (still initialized, in order), blank parameters and constants.

package main

var _ = trace("package blank 1")

func trace(s string) int {
	println("trace:", s)
	return len(s)
}

var counted = trace("counted")

var _, second = trace("blank first"), trace("named second")

const (
	_ = iota
	one
	_
	three
)

func two() (int, string) { return 2, "two" }

func ignoreParams(_ int, x int, _ string) int { return x * 2 }

func named() (_ int, _ string) { return 5, "five" }

func main() {
	_, s := two()
	n, _ := two()
	_, _ = two()
	println(n, s)
	_ = trace("statement")
	println(ignoreParams(1, 21, "z"))
	println(named())
	println(one, three, counted, second)

	// blank in range
	total := 0
	for range 3 {
		total++
	}
	for _, r := range "ab" {
		total += int(r)
	}
	for i, _ := range "xyz" {
		total += i
	}
	println(total)

	// blank assignment still evaluates the right side
	_ = trace("blank assign") + trace("twice")
	var _ int = trace("local blank var")
}
