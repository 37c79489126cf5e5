// run

// Goroutines start on small stacks. Functions here have frames big
// enough that the prologue's stack-limit check traps and the function
// restarts on a grown stack, with arguments in registers and on the stack
// (more than fit in registers), pointers among them, while other
// goroutines allocate and the collector runs; panics recovered deep in
// such stacks grow them from runtime code.

package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type node struct {
	val  int
	next *node
}

// big has a 4 KiB frame: a call to it near the top of a stack traps.
func big(n int, p *node, s string, f float64) int {
	var a [512]int
	for i := range a {
		a[i] = i*n + len(s)
	}
	if p != nil {
		a[n%512] += p.val
	}
	if n > 0 && n%7 != 0 {
		return big(n-1, &node{val: n, next: p}, s+"x", f*1.5) + a[n%512]
	}
	return a[3] + int(f)
}

// many takes more arguments than the registers hold, and has a frame
// between the two stack bounds.
func many(a, b, c, d, e, f, g, h, i, j int, p *node, s string) int {
	var buf [40]int
	for k := range buf {
		buf[k] = a + b + c + d + e + f + g + h + i + j + k
	}
	t := 0
	for q := p; q != nil; q = q.next {
		t += q.val
	}
	if a > 0 {
		return many(a-1, b, c, d, e, f, g, h, i, j, &node{val: a, next: p}, s) + buf[a%40] + t%1000 + len(s)
	}
	return buf[0]
}

func deepPanic(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = n * 1000
		}
	}()
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		var m map[string]int
		m["x"] = pad[0] // nil map write: a runtime panic, recovered above
	}
	return deepPanic(n-1) + pad[n%64]
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 64)
	for w := 0; w < 64; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var keep []*node
			sum := 0
			for round := 0; round < 20; round++ {
				sum += big(20+w%5, &node{val: w}, strings.Repeat("s", w%3), float64(w))
				sum += many(30+round, 1, 2, 3, 4, 5, 6, 7, 8, 9, &node{val: round}, "str")
				sum += deepPanic(10 + w%10)
				keep = append(keep, &node{val: sum % 97})
				if round%5 == 0 {
					runtime.GC()
				}
			}
			for _, k := range keep {
				sum += k.val
			}
			results[w] = sum
		}()
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("total", total)
	fmt.Println(results[0], results[17], results[63])
}
