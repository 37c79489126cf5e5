// run

// close: receivers get buffered values first, then the zero value with
// ok == false, forever; close wakes every blocked receiver.

package main

import (
	"fmt"
	"sync"
)

type pair struct {
	a int
	b string
}

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c), cap(c))
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c, len(c))

	// Zero values of several element types.
	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)
	p := make(chan pair)
	close(p)
	pv, ok := <-p
	fmt.Printf("%+v %v\n", pv, ok)
	e := make(chan error)
	close(e)
	ev, ok := <-e
	fmt.Println(ev == nil, ok)
	ptr := make(chan *int, 1)
	close(ptr)
	fmt.Println(<-ptr == nil)
	f := make(chan float64)
	close(f)
	fmt.Println(<-f)

	// Close wakes all blocked receivers.
	done := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-done
			if !ok {
				mu.Lock()
				woken++
				mu.Unlock()
			}
		}()
	}
	close(done)
	wg.Wait()
	fmt.Println("woken", woken)

	// Receive in a loop until closed, using the two-value form.
	q := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			q <- i * i
		}
		close(q)
	}()
	for {
		x, ok := <-q
		if !ok {
			fmt.Println("closed")
			break
		}
		fmt.Println("got", x)
	}

	// A closed channel in a select is always ready.
	cnt := 0
	for i := 0; i < 10; i++ {
		select {
		case <-done:
			cnt++
		default:
		}
	}
	fmt.Println("ready", cnt)

	// Closing a channel that has a blocked receiver on the other side of a
	// buffered channel.
	b := make(chan int, 2)
	res := make(chan []int)
	go func() {
		var got []int
		for v := range b {
			got = append(got, v)
		}
		res <- got
	}()
	b <- 5
	b <- 6
	b <- 7
	close(b)
	fmt.Println(<-res)
}
