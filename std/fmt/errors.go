// gocl's fmt: Errorf and the error types it returns for %w.

package fmt

import "errors"

// Errorf formats like Sprintf and returns the text as an error. Operands
// formatted with %w must be errors; the result wraps them: one %w gives an
// error with Unwrap() error, several give Unwrap() []error (in argument
// order). Without %w the result is errors.New of the text.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.forErrorf = true
	p.printf(format, a)
	msg := string(p.buf)

	if len(p.wrapped) == 0 {
		return errors.New(msg)
	}
	if len(p.wrapped) == 1 {
		e := &wrapError{msg: msg}
		e.err, _ = a[p.wrapped[0]].(error)
		return e
	}

	idx := p.wrapped
	if p.reordered {
		// Put the argument numbers in order (insertion sort: the list
		// is short).
		for i := 1; i < len(idx); i++ {
			for j := i; j > 0 && idx[j] < idx[j-1]; j-- {
				idx[j], idx[j-1] = idx[j-1], idx[j]
			}
		}
	}
	var errs []error
	for i, n := range idx {
		if i > 0 && idx[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg: msg, errs: errs}
}

// wrapError is the result of Errorf with one %w.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// wrapErrors is the result of Errorf with several %w.
type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
