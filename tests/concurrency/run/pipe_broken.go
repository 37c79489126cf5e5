// run

// A write to a pipe whose reading end is closed fails with EPIPE ("broken
// pipe"), from the main goroutine or any other, instead of killing the
// program by SIGPIPE: gc does that only for standard output and error.

package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	r.Close()
	done := make(chan error)
	for i := 0; i < 4; i++ {
		go func() {
			_, err := w.Write([]byte("hello"))
			done <- err
		}()
	}
	for i := 0; i < 4; i++ {
		err := <-done
		fmt.Println("from a goroutine:", err, errors.Is(err, syscall.EPIPE))
	}
	_, err = w.Write([]byte("again"))
	fmt.Println("from main:", err)
	fmt.Println("close:", w.Close())
}
