// Package errors is gocl's implementation of Go's errors package: creating
// error values and inspecting wrapped error chains.
//
// As is left out: it needs reflection to test assignability to the target's
// element type, which gocl's standard library does not have.
package errors

// New returns an error whose Error method returns text. Each call yields a
// distinct value, even for equal texts, because the result is a pointer.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported reports that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap() error method, or nil. It does
// not unwrap errors whose Unwrap returns []error.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree (visited depth first, through
// Unwrap() error and Unwrap() []error) equals target or has an Is(error) bool
// method returning true for target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target)
}

func is(err, target error) bool {
	for {
		if equal(err, target) {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && is(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// equal compares two errors with ==, treating the run-time panic that ==
// raises for equal but incomparable dynamic types as "not equal". Go checks
// comparability with reflection instead; the observable result is the same.
func equal(a, b error) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

// Join returns an error wrapping the non-nil errs, or nil if there are none.
// Its Error text is the errs' texts separated by newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
