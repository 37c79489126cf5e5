// run

// Error chains: custom error types with Unwrap, custom Is methods for
// matching by code, multiple %w wrapping and errors.Join (Unwrap() []error)
// searched by errors.Is, errors.Unwrap stopping at joined errors, pointer
// vs value error types, and a retry loop classifying errors.

package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Msg) }
func (e *HTTPError) Is(target error) bool {
	t, ok := target.(*HTTPError)
	return ok && (t.Code == e.Code || t.Code == 0 && e.Code >= 500)
}

var ErrServer = &HTTPError{Code: 0, Msg: "any server error"}
var ErrNotFound = &HTTPError{Code: 404, Msg: "not found"}
var ErrTimeout = errors.New("timeout")
var ErrAuth = errors.New("unauthorized")

type OpError struct {
	Op  string
	Err error
}

func (e OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e OpError) Unwrap() error { return e.Err }

type Temporary interface{ Temporary() bool }

type tempErr struct{ n int }

func (t tempErr) Error() string   { return fmt.Sprintf("temporary failure #%d", t.n) }
func (t tempErr) Temporary() bool { return true }

func isTemporary(err error) bool {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if t, ok := e.(Temporary); ok && t.Temporary() {
			return true
		}
	}
	return false
}

func fetch(attempt int) error {
	switch attempt {
	case 0:
		return OpError{"fetch", tempErr{1}}
	case 1:
		return fmt.Errorf("attempt %d: %w", attempt, OpError{"dial", ErrTimeout})
	case 2:
		return OpError{"fetch", &HTTPError{503, "unavailable"}}
	case 3:
		return fmt.Errorf("wrapped twice: %w", fmt.Errorf("once: %w", ErrNotFound))
	}
	return nil
}

func main() {
	for i := 0; i <= 4; i++ {
		err := fetch(i)
		fmt.Printf("%d: %v\n   temp=%t timeout=%t server=%t notfound=%t auth=%t\n", i, err,
			isTemporary(err), errors.Is(err, ErrTimeout), errors.Is(err, ErrServer),
			errors.Is(err, ErrNotFound), errors.Is(err, ErrAuth))
	}
	fmt.Println(errors.Is(&HTTPError{404, "other text"}, ErrNotFound), errors.Is(&HTTPError{500, ""}, ErrServer), errors.Is(&HTTPError{499, ""}, ErrServer))

	multi := fmt.Errorf("both: %w and %w", ErrTimeout, OpError{"auth", ErrAuth})
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, ErrTimeout), errors.Is(multi, ErrAuth), errors.Unwrap(multi) == nil)
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		for i, e := range u.Unwrap() {
			fmt.Printf("  [%d] %T %v\n", i, e, e)
		}
	}

	joined := errors.Join(ErrTimeout, nil, &HTTPError{502, "bad gateway"}, nil)
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrServer), errors.Is(joined, ErrTimeout), errors.Is(joined, ErrNotFound), errors.Unwrap(joined) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	nested := fmt.Errorf("ctx: %w", errors.Join(fmt.Errorf("a: %w", ErrAuth), OpError{"b", tempErr{2}}))
	fmt.Println(nested)
	fmt.Println(errors.Is(nested, ErrAuth), isTemporary(nested))

	chain := []error{}
	for e := error(OpError{"outer", OpError{"middle", fmt.Errorf("inner: %w", ErrTimeout)}}); e != nil; e = errors.Unwrap(e) {
		chain = append(chain, e)
	}
	for i, e := range chain {
		fmt.Printf("%d %-22T %v\n", i, e, e)
	}
	var target *HTTPError
	fmt.Println(errors.Is(nil, nil), errors.Is(ErrTimeout, nil), errors.Is(nil, ErrTimeout), target == nil)
	e1 := OpError{"x", ErrAuth}
	e2 := OpError{"x", ErrAuth}
	var i1, i2 error = e1, e2
	fmt.Println(i1 == i2, errors.Is(i1, e2), error(&HTTPError{1, ""}) == error(&HTTPError{1, ""}))
	fmt.Printf("%v|%s|%+v|%#v\n", e1, e1, e1, ErrTimeout.Error())
}
