// run

package main

import (
	"fmt"
	"sort"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	// Mutex
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("trylock while locked:", mu.TryLock())
	mu.Unlock()
	fmt.Println("trylock while unlocked:", mu.TryLock())
	mu.Unlock()
	c := &counter{}
	for i := 0; i < 1000; i++ {
		c.inc()
	}
	fmt.Println("counter:", c.n)
	var l sync.Locker = &mu
	l.Lock()
	l.Unlock()

	// RWMutex
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryLock with readers:", rw.TryLock(), "TryRLock:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock:", rw.TryLock(), "TryRLock while writing:", rw.TryRLock(), "TryLock again:", rw.TryLock())
	rw.Unlock()
	rw.Lock()
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("TryLock with RLocker held:", rw.TryLock())
	rl.Unlock()
	fmt.Println("TryLock after RLocker:", rw.TryLock())
	rw.Unlock()

	// Once
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var once2 sync.Once
	try("once panic", func() { once2.Do(func() { panic("in once") }) })
	once2.Do(func() { fmt.Println("not printed") })
	fmt.Println("once2 done")

	// OnceFunc
	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("oncefunc body") })
	f()
	f()
	fmt.Println("calls:", calls)
	g := sync.OnceFunc(func() { calls++; panic(fmt.Sprint("boom ", calls)) })
	try("oncefunc 1", g)
	try("oncefunc 2", g)
	fmt.Println("calls:", calls)

	// WaitGroup without goroutines
	var wg sync.WaitGroup
	wg.Add(3)
	wg.Done()
	wg.Add(-2)
	wg.Wait()
	fmt.Println("wait returned")
	try("negative", func() { wg.Done() })
	var wg2 sync.WaitGroup
	try("negative add", func() { wg2.Add(-5) })

	// Cond without waiters
	cond := sync.NewCond(&mu)
	cond.Signal()
	cond.Broadcast()
	fmt.Println(cond.L == sync.Locker(&mu))

	// Pool
	var p sync.Pool
	fmt.Println("empty pool:", p.Get())
	p.Put(1)
	p.Put(2)
	p.Put(3)
	p.Put(nil)
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())
	p.Put(4)
	p.Put(5)
	fmt.Println(p.Get())
	p.Put(6)
	fmt.Println(p.Get(), p.Get(), p.Get())
	n := 0
	p2 := sync.Pool{New: func() any { n++; return fmt.Sprint("new", n) }}
	fmt.Println(p2.Get(), p2.Get())
	p2.Put("x")
	fmt.Println(p2.Get(), p2.Get())

	// Map
	var m sync.Map
	fmt.Println(m.Load("a"))
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store(3, "three")
	fmt.Println(m.Load("a"))
	fmt.Println(m.LoadOrStore("a", 10))
	fmt.Println(m.LoadOrStore("c", 30))
	fmt.Println(m.Swap("b", 20))
	fmt.Println(m.Swap("d", 40))
	fmt.Println(m.CompareAndSwap("b", 2, 200), m.CompareAndSwap("b", 20, 200), m.CompareAndSwap("zz", nil, 1))
	fmt.Println(m.CompareAndDelete("c", 31), m.CompareAndDelete("c", 30), m.CompareAndDelete("zz", nil))
	fmt.Println(m.LoadAndDelete("d"))
	fmt.Println(m.LoadAndDelete("d"))
	m.Delete("nothing")
	m.Delete(3)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		m.Store("a", 1)
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	count := 0
	m.Range(func(k, v any) bool { count++; return false })
	fmt.Println("stopped after", count)
	m.Clear()
	m.Range(func(k, v any) bool { fmt.Println("unexpected", k); return true })
	fmt.Println(m.Load("a"))
	m.Store("a", []int{1})
	try("cas uncomparable", func() { m.CompareAndSwap("a", []int{1}, 2) })
	fmt.Println(m.CompareAndSwap("a", 5, 6))
	try("unhashable key", func() { m.Load([]int{1}) })
	var m2 sync.Map
	m2.Range(func(k, v any) bool { return true })
	m2.Delete(1)
	fmt.Println(m2.LoadAndDelete(1))
}
