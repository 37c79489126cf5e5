// run

// Method values, pointer methods, interface methods and method
// expressions used as goroutines.

package main

import (
	"fmt"
	"sort"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Add(k int, wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	c.n += k
	c.mu.Unlock()
}

type Greeter struct{ name string }

func (g Greeter) Greet(out chan<- string) { out <- "hello " + g.name }

type Speaker interface{ Speak(out chan<- string) }

type Dog struct{}
type Cat struct{ lives int }

func (Dog) Speak(out chan<- string)    { out <- "woof" }
func (c *Cat) Speak(out chan<- string) { out <- fmt.Sprint("meow", c.lives) }

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go c.Add(i, &wg)
	}
	wg.Wait()
	fmt.Println("counter", c.n)

	// Method value bound before the go statement.
	out := make(chan string, 10)
	g := Greeter{"gopher"}
	f := g.Greet
	g.name = "changed"
	go f(out)
	fmt.Println(<-out)

	// Interface method calls as goroutines.
	speakers := []Speaker{Dog{}, &Cat{9}, Dog{}}
	for _, s := range speakers {
		go s.Speak(out)
	}
	var got []string
	for range speakers {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(got)

	// Method expressions.
	wg.Add(2)
	go (*Counter).Add(&c, 100, &wg)
	go (*Counter).Add(&c, 1000, &wg)
	wg.Wait()
	fmt.Println("counter", c.n)
	go Greeter.Greet(Greeter{"expr"}, out)
	fmt.Println(<-out)
}
