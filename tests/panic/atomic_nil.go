// run

// An atomic operation on a nil pointer is a nil pointer dereference, as
// are the typed atomics' methods on a nil receiver; the last one, on a
// field of a nil struct pointer, faults at the field's offset.

package main

import (
	"fmt"
	"sync/atomic"
)

type counter struct {
	n    int64
	hits atomic.Int64
	m    uint32
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var p *int64
	var u *uint32
	var c *counter
	var b *atomic.Bool
	try("AddInt64", func() { atomic.AddInt64(p, 1) })
	try("LoadUint32", func() { fmt.Println(atomic.LoadUint32(u)) })
	try("StoreUint32", func() { atomic.StoreUint32(u, 1) })
	try("CompareAndSwapInt64", func() { atomic.CompareAndSwapInt64(p, 0, 1) })
	try("typed field", func() { c.hits.Add(1) })
	try("Bool", func() { b.Store(true) })
	add := atomic.AddInt64
	try("func value", func() { add(p, 1) })
	try("deferred", func() { defer atomic.OrUint32(u, 1) })
	fmt.Println(atomic.AddUint32(&c.m, 1))
}
