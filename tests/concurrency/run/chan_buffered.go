// run

// Buffered channels: len, cap, FIFO order, and blocking when full or empty.

package main

import "fmt"

func main() {
	c := make(chan int, 5)
	fmt.Println("len", len(c), "cap", cap(c))
	for i := 1; i <= 5; i++ {
		c <- i * 11
		fmt.Println("after send", len(c), cap(c))
	}
	// Full: a non-blocking send fails.
	select {
	case c <- 99:
		fmt.Println("sent to full channel?!")
	default:
		fmt.Println("full, send would block")
	}
	for i := 0; i < 3; i++ {
		fmt.Println("recv", <-c, "len", len(c))
	}
	c <- 66
	c <- 77
	for len(c) > 0 {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	// Empty: a non-blocking receive fails.
	select {
	case v := <-c:
		fmt.Println("got", v, "from empty channel?!")
	default:
		fmt.Println("empty, receive would block")
	}

	// A blocked sender is released when the receiver makes room, and
	// values still come out in send order.
	b := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			b <- i
		}
		close(b)
		done <- true
	}()
	var got []int
	for v := range b {
		got = append(got, v)
	}
	<-done
	fmt.Println(got)

	// Buffer of 1 used as a mutex.
	lock := make(chan struct{}, 1)
	counter := 0
	fin := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 500; i++ {
				lock <- struct{}{}
				counter++
				<-lock
			}
			fin <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-fin
	}
	fmt.Println("counter", counter)

	// Large buffer, strings.
	s := make(chan string, 1000)
	for i := 0; i < 1000; i++ {
		s <- fmt.Sprint("m", i)
	}
	fmt.Println(len(s), cap(s), <-s, <-s)
	for i := 0; i < 997; i++ {
		<-s
	}
	fmt.Println(len(s), <-s, len(s))

	// make with a zero size is unbuffered; cap of a nil channel is 0.
	var nc chan int
	z := make(chan int, 0)
	fmt.Println(cap(z), len(nc), cap(nc), nc == nil)
}
