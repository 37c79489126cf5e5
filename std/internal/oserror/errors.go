// Package oserror defines the errors that package syscall's Errno.Is and
// package io/fs share (io/fs re-exports them as fs.ErrInvalid ...), so
// that syscall need not import io/fs.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
