// run

// Closing a nil channel panics.

package main

import "fmt"

type conn struct {
	quit chan struct{}
}

func (c *conn) shutdown() {
	close(c.quit)
}

func main() {
	c := &conn{}
	fmt.Println("quit is nil:", c.quit == nil)
	c.shutdown()
	fmt.Println("unreachable")
}
