// run

package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func main() {
	a, b := net.Pipe()
	fmt.Println(a.LocalAddr(), a.RemoteAddr().Network(), b.LocalAddr().String())

	// A write is matched by reads on the other end, in pieces.
	wres := make(chan string)
	go func() {
		n, err := a.Write([]byte("hello, pipe"))
		wres <- fmt.Sprint("write: ", n, " ", err)
	}()
	buf := make([]byte, 4)
	var got []byte
	for len(got) < 11 {
		n, err := b.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	fmt.Printf("read: %q\n", got)
	fmt.Println(<-wres)

	// Full duplex echo.
	go func() {
		io.Copy(b, b)
		b.Close()
	}()
	for _, m := range []string{"ping", "pong", "x"} {
		a.Write([]byte(m))
		r := make([]byte, len(m))
		io.ReadFull(a, r)
		fmt.Printf("echo %q\n", r)
	}

	// Deadlines.
	// The clock starts before the deadline is set: a collection between
	// the two (GOGC=1 under qemu) would otherwise eat into the 20 ms.
	start := time.Now()
	a.SetReadDeadline(start.Add(20 * time.Millisecond))
	_, err := a.Read(buf)
	fmt.Println("read deadline:", err, errors.Is(err, os.ErrDeadlineExceeded), time.Since(start) >= 15*time.Millisecond)
	var ne net.Error
	fmt.Println(errors.As(err, &ne), ne.Timeout())
	_, err = a.Read(buf)
	fmt.Println("still expired:", err)
	a.SetReadDeadline(time.Time{})
	a.Write([]byte("again"))
	r := make([]byte, 5)
	_, err = io.ReadFull(a, r)
	fmt.Printf("after reset: %q %v\n", r, err)

	// Extending a pending deadline.
	a.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	go func() {
		time.Sleep(5 * time.Millisecond)
		a.SetReadDeadline(time.Now().Add(time.Second))
		time.Sleep(40 * time.Millisecond)
		a.Write([]byte("late"))
	}()
	r = make([]byte, 4)
	_, err = io.ReadFull(a, r)
	fmt.Printf("extended: %q %v\n", r, err)

	a.SetWriteDeadline(time.Now().Add(-time.Second))
	_, err = a.Write([]byte("x"))
	fmt.Println("write deadline:", err)
	a.SetWriteDeadline(time.Time{})

	// Closing.
	fmt.Println("close:", a.Close(), a.Close())
	time.Sleep(10 * time.Millisecond)
	_, err = a.Read(buf)
	fmt.Println("read closed:", err, err == io.ErrClosedPipe)
	_, err = a.Write(buf)
	fmt.Println("write closed:", err)
	fmt.Println("deadline closed:", a.SetDeadline(time.Now()))

	c, d := net.Pipe()
	c.Close()
	_, err = d.Read(buf)
	fmt.Println("read peer closed:", err)
	_, err = d.Write(buf)
	fmt.Println("write peer closed:", err)

	// A blocked read wakes when its own end closes.
	e, f := net.Pipe()
	done := make(chan error)
	go func() {
		_, err := e.Read(buf)
		done <- err
	}()
	time.Sleep(10 * time.Millisecond)
	e.Close()
	fmt.Println("blocked read:", <-done)
	go func() {
		_, err := f.Write([]byte("nobody reads"))
		done <- err
	}()
	fmt.Println("blocked write:", <-done)
	// Zero-length write and read.
	g, h := net.Pipe()
	go func() {
		n, err := g.Write(nil)
		wres <- fmt.Sprint("zero write: ", n, " ", err)
	}()
	n, err := h.Read(buf)
	fmt.Println("zero read:", n, err)
	fmt.Println(<-wres)
}
