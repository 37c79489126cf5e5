// run

// Goroutines that panic and recover inside themselves; errors reported
// back through channels; runtime errors recovered in goroutines.

package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	val int
	err string
}

func safeDiv(id, a, b int, out chan<- result) {
	defer func() {
		if r := recover(); r != nil {
			out <- result{id: id, err: fmt.Sprint(r)}
		}
	}()
	out <- result{id: id, val: a / b}
}

func mayPanic(kind int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	switch kind {
	case 0:
		return nil
	case 1:
		panic("plain string")
	case 2:
		panic(errors.New("an error value"))
	case 3:
		var m map[string]int
		m["x"] = 1
	case 4:
		var s []int
		_ = s[kind]
	case 5:
		var p *result
		_ = p.val
	case 6:
		var i interface{} = "str"
		_ = i.(int)
	}
	return nil
}

func main() {
	out := make(chan result)
	inputs := [][2]int{{10, 2}, {7, 0}, {9, 3}, {1, 0}}
	for i, in := range inputs {
		go safeDiv(i, in[0], in[1], out)
	}
	rs := make([]result, len(inputs))
	for range inputs {
		r := <-out
		rs[r.id] = r
	}
	for _, r := range rs {
		fmt.Printf("%d val=%d err=%q\n", r.id, r.val, r.err)
	}

	var wg sync.WaitGroup
	errs := make([]string, 7)
	for k := 0; k < 7; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := mayPanic(k); err != nil {
				errs[k] = err.Error()
			} else {
				errs[k] = "ok"
			}
		}()
	}
	wg.Wait()
	for k, e := range errs {
		fmt.Println(k, e)
	}

	// Many goroutines panic and recover concurrently.
	var mu sync.Mutex
	var msgs []string
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				r := recover()
				mu.Lock()
				msgs = append(msgs, fmt.Sprint(r))
				mu.Unlock()
			}()
			if i%2 == 0 {
				panic(fmt.Sprintf("even %02d", i))
			}
			panic(i)
		}()
	}
	wg.Wait()
	sort.Strings(msgs)
	fmt.Println(len(msgs), msgs[0], msgs[9], msgs[10], msgs[19])

	// A re-panic caught by an outer deferred recover in the same goroutine.
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("outer: ", recover()) }()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprint("re-", r))
			}()
			panic("inner")
		}()
	}()
	fmt.Println(<-done)

	// recover in the goroutine that did not panic returns nil.
	go func() {
		done <- fmt.Sprint("no panic: ", recover())
	}()
	fmt.Println(<-done)
}
