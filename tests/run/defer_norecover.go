// run

// Functions whose deferred calls cannot recover (no deferred function
// calls recover itself) take gocl's light defer path: deferred calls still
// run in order on return and on panic, see and set named results through
// closures, survive stack growth, and a recover called indirectly by a
// deferred function returns nil as in gc.

package main

import (
	"errors"
	"fmt"
	"sync"
)

var mu sync.Mutex
var log []string

func note(s string) { log = append(log, s) }

func locked(n int) int {
	mu.Lock()
	defer mu.Unlock()
	return n * 2
}

func order() (r int) {
	defer note("first deferred, runs last")
	defer func() { r *= 10 }()
	for i := 0; i < 3; i++ {
		if i == 1 {
			defer note(fmt.Sprint("conditional ", i))
		}
	}
	return 4
}

func named() (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
		}
	}()
	return 7, errors.New("boom")
}

// deep grows the stack many times with a deferred call pending in every
// frame.
func deep(n int) int {
	var local [16]int
	local[n%16] = n
	defer func() { local[0]++ }()
	if n == 0 {
		return 0
	}
	return deep(n-1) + local[n%16] - n + 1
}

func helper() any { return recover() }

func indirect() (r any) {
	defer func() {
		r = fmt.Sprint("indirect recover: ", helper())
	}()
	return nil
}

func unwinds() {
	defer note("unwound")
	panic("through a light frame")
}

func catches() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	unwinds()
	return "not reached"
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer note(fmt.Sprint("loop ", i))
	}
}

func main() {
	fmt.Println(locked(21))
	fmt.Println(order(), log)
	log = nil
	fmt.Println(named())
	fmt.Println(deep(5000))
	fmt.Println(indirect())
	fmt.Println(catches(), log)
	log = nil
	loopDefers()
	fmt.Println(log)
	var wg sync.WaitGroup
	total := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				v := locked(1)
				mu.Lock()
				total += v
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
