// run

// Channels of structs, strings, interfaces, funcs, slices, maps, pointers
// and channels; channels as map keys and compared with ==.

package main

import (
	"errors"
	"fmt"
)

type msg struct {
	id   int
	body string
	tags []string
}

type shape interface{ area() float64 }
type rect struct{ w, h float64 }
type square float64

func (r rect) area() float64   { return r.w * r.h }
func (s square) area() float64 { return float64(s) * float64(s) }

func main() {
	ms := make(chan msg, 2)
	ms <- msg{1, "hello", []string{"a"}}
	ms <- msg{id: 2, body: "world"}
	m1, m2 := <-ms, <-ms
	fmt.Printf("%+v %+v\n", m1, m2)

	big := make(chan [64]int, 1)
	var arr [64]int
	for i := range arr {
		arr[i] = i
	}
	big <- arr
	arr[0] = 1000
	got := <-big
	fmt.Println(got[0], got[63])

	sh := make(chan shape, 3)
	sh <- rect{2, 3}
	sh <- square(4)
	sh <- nil
	for i := 0; i < 3; i++ {
		s := <-sh
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Printf("%T %v\n", s, s.area())
	}

	anyc := make(chan interface{}, 4)
	anyc <- 1
	anyc <- "two"
	anyc <- 3.5
	anyc <- errors.New("four")
	close(anyc)
	for v := range anyc {
		switch x := v.(type) {
		case int:
			fmt.Println("int", x)
		case string:
			fmt.Println("string", x)
		case error:
			fmt.Println("error", x)
		default:
			fmt.Println("other", x)
		}
	}

	fc := make(chan func(int) int)
	go func() {
		for k := 1; k <= 3; k++ {
			fc <- func(x int) int { return x * k }
		}
		close(fc)
	}()
	for f := range fc {
		fmt.Print(f(10), " ")
	}
	fmt.Println()

	// Request/response: a channel of reply channels.
	type req struct {
		n     int
		reply chan int
	}
	reqs := make(chan req)
	go func() {
		for r := range reqs {
			r.reply <- r.n * r.n
		}
	}()
	for i := 1; i <= 4; i++ {
		rc := make(chan int)
		reqs <- req{i, rc}
		fmt.Print(<-rc, " ")
	}
	fmt.Println()
	close(reqs)

	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "through"
	fmt.Println(<-inner)

	pc := make(chan *msg, 1)
	pm := &msg{id: 7}
	pc <- pm
	q := <-pc
	q.body = "shared"
	fmt.Println(pm.body, q == pm)

	mc := make(chan map[string]int, 1)
	mm := map[string]int{"x": 1}
	mc <- mm
	(<-mc)["y"] = 2
	fmt.Println(len(mm), mm["y"])

	sc := make(chan []byte, 1)
	sc <- []byte("bytes")
	fmt.Println(string(<-sc))

	// Channel equality and channels as map keys.
	c1 := make(chan int)
	c2 := make(chan int)
	c3 := c1
	fmt.Println(c1 == c2, c1 == c3)
	names := map[chan int]string{c1: "one", c2: "two"}
	fmt.Println(names[c3], names[c2], len(names))
	var ic interface{} = c1
	fmt.Println(ic == interface{}(c3), ic == interface{}(c2))

	// Channel of empty structs, of bools, of errors.
	ec := make(chan struct{}, 2)
	ec <- struct{}{}
	fmt.Println(len(ec), <-ec == struct{}{})
	errc := make(chan error, 2)
	errc <- nil
	errc <- fmt.Errorf("wrapped: %w", errors.New("inner"))
	fmt.Println(<-errc, <-errc)
}
