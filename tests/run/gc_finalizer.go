// run

// Finalizers: a chain is finalized one link per cycle, first the object
// nothing points to; a cleared finalizer never runs; finalizers take their
// object as an interface, as any, through a method expression, and may
// return results (dropped); a finalizer can resurrect its object; objects
// still reachable are never finalized; many finalizers all run.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Node struct {
	id   int
	next *Node
	pad  [4]int
}

type Closer interface{ Close() string }

type File struct{ name string }

func (f *File) Close() string { return "closed " + f.name }

func (f *File) finalize() { events <- "method " + f.name }

var events = make(chan string, 2000)

// collect runs the collector until n events arrived (or 5 s passed).
func collect(n int) []string {
	var got []string
	deadline := time.Now().Add(5 * time.Second)
	for len(got) < n && time.Now().Before(deadline) {
		runtime.GC()
		for drained := false; !drained; {
			select {
			case e := <-events:
				got = append(got, e)
			case <-time.After(2 * time.Millisecond):
				drained = true
			}
		}
	}
	return got
}

//go:noinline
func chain() {
	b := &Node{id: 2}
	a := &Node{id: 1, next: b}
	runtime.SetFinalizer(b, func(n *Node) { events <- fmt.Sprint("node ", n.id) })
	runtime.SetFinalizer(a, func(n *Node) {
		events <- fmt.Sprint("node ", n.id, " next ", n.next.id)
	})
}

//go:noinline
func cleared() {
	n := &Node{id: 3}
	runtime.SetFinalizer(n, func(*Node) { events <- "cleared finalizer ran" })
	runtime.SetFinalizer(n, nil)
}

//go:noinline
func kinds() {
	runtime.SetFinalizer(&File{"iface"}, func(c Closer) { events <- c.Close() })
	runtime.SetFinalizer(&File{"any"}, func(x any) { events <- fmt.Sprintf("any %T", x) })
	runtime.SetFinalizer(&File{"mexpr"}, (*File).finalize)
	runtime.SetFinalizer(&Node{id: 4}, func(n *Node) (r [20]int) {
		r[19] = n.id
		events <- fmt.Sprint("results ", n.id)
		return
	})
	var obj any = &Node{id: 5}
	runtime.SetFinalizer(obj, func(n *Node) { events <- fmt.Sprint("dynamic ", n.id) })
}

var saved *Node

//go:noinline
func resurrect() {
	n := &Node{id: 7, next: &Node{id: 8}}
	runtime.SetFinalizer(n, func(n *Node) {
		saved = n
		events <- "resurrected"
	})
}

var keep *Node

//go:noinline
func reachable() {
	keep = &Node{id: 9}
	runtime.SetFinalizer(keep, func(*Node) { events <- "reachable object finalized" })
}

//go:noinline
func many(n int) {
	for i := 0; i < n; i++ {
		x := new([3]int)
		x[0] = i
		runtime.SetFinalizer(x, func(p *[3]int) { events <- "many" })
	}
}

func main() {
	chain()
	fmt.Println(collect(2))

	cleared()
	kinds()
	got := collect(5)
	sort.Strings(got)
	fmt.Println(got)

	resurrect()
	fmt.Println(collect(1))
	for i := 0; i < 3; i++ {
		runtime.GC()
		_ = make([]byte, 1<<16)
	}
	fmt.Println("saved", saved.id, saved.next.id)
	saved = nil

	reachable()
	many(1000)
	got = collect(1000)
	fmt.Println(len(got), got[0], got[len(got)-1])
	fmt.Println("keep", keep.id, len(events))
}
