// run

// defer modifying named results: doubling a result, replacing an error
// after recover, defers observing results set by return statements,
// argument evaluation at defer time vs closure capture, LIFO order, defer
// of method values on value/pointer receivers, and defers in loops.

package main

import (
	"errors"
	"fmt"
)

func double(x int) (r int) {
	defer func() { r *= 2 }()
	return x + 1
}

func tripleDefer() (s string) {
	defer func() { s += "-a" }()
	defer func() { s += "-b" }()
	defer func() { s = "[" + s + "]" }()
	s = "start"
	return s + "!"
}

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad char %q", c))
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

var errClose = errors.New("close failed")

type resource struct {
	name   string
	failOn bool
}

func (r *resource) Close() error {
	fmt.Println("  closing", r.name)
	if r.failOn {
		return errClose
	}
	return nil
}

func useResource(fail bool) (err error) {
	r := &resource{"res", fail}
	defer func() {
		if cerr := r.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("deferred: %w", cerr)
		}
	}()
	fmt.Println("  using", r.name)
	return nil
}

type counter struct{ n int }

func (c counter) show(tag string)   { fmt.Println("  value recv", tag, c.n) }
func (c *counter) pshow(tag string) { fmt.Println("  ptr recv", tag, c.n) }

func methods() {
	c := counter{1}
	defer c.show("A")  // receiver copied now: 1
	defer c.pshow("B") // pointer: sees final value
	f := c.show
	defer f("C") // bound at method value creation: 1
	c.n = 5
	defer c.show("D") // 5
	c.n = 9
}

func argsEval() (result int) {
	x := 10
	defer fmt.Println("  deferred arg x =", x)
	defer func(v int) { result += v }(x)
	defer func() { result += x }()
	x = 100
	return 1
}

func loopDefers() (out []int) {
	for i := 0; i < 4; i++ {
		defer func() { out = append(out, i) }()
	}
	return []int{-1}
}

func nestedRecover() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer saw: ", recover(), " msg was ", msg)
	}()
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("inner recovered ", r)
			panic("second")
		}
	}()
	panic("first")
}

func main() {
	fmt.Println(double(4), double(-1))
	fmt.Println(tripleDefer())
	fmt.Println(parse("1234"))
	fmt.Println(parse("12x4"))
	fmt.Println("err:", useResource(false))
	err := useResource(true)
	fmt.Println("err:", err, errors.Is(err, errClose))
	methods()
	fmt.Println("argsEval:", argsEval())
	fmt.Println("loopDefers:", loopDefers())
	fmt.Println(nestedRecover())
	func() {
		defer fmt.Println("  deferred print of", double(1))
		fmt.Println("  body first")
	}()
}
