// run

// Collecting the first error from a group of goroutines with sync.Once
// and errors; all errors gathered and sorted; errors.Join.

package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

var errNegative = errors.New("negative")

type parseError struct {
	input string
	err   error
}

func (e *parseError) Error() string { return "parse " + strconv.Quote(e.input) + ": " + e.err.Error() }
func (e *parseError) Unwrap() error { return e.err }

func check(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &parseError{s, err}
	}
	if n < 0 {
		return 0, fmt.Errorf("value %d: %w", n, errNegative)
	}
	return n, nil
}

type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	inputs := []string{"1", "2", "x", "-4", "5", "-6", "7y"}
	var g group
	var mu sync.Mutex
	sum := 0
	var all []string
	for _, in := range inputs {
		g.Go(func() error {
			n, err := check(in)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				all = append(all, err.Error())
				return err
			}
			sum += n
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("sum", sum, "has error", err != nil)
	var pe *parseError
	fmt.Println("first is parse or negative", errors.As(err, &pe) || errors.Is(err, errNegative))
	sort.Strings(all)
	for _, e := range all {
		fmt.Println(e)
	}

	// A group with no errors.
	var ok group
	for i := 0; i < 10; i++ {
		ok.Go(func() error { _, err := check(strconv.Itoa(i)); return err })
	}
	fmt.Println("no error", ok.Wait() == nil)

	// Errors sent over a channel and joined in index order.
	errs := make([]error, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = check(in)
		}()
	}
	wg.Wait()
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, errNegative), errors.As(joined, &pe), pe.input)
}
