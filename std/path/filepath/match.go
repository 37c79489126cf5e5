package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell file name pattern. The
// pattern syntax is that of path.Match ('\\' escapes on Linux). Match
// requires pattern to match all of name, not just a substring. The only
// possible returned error is ErrBadPattern, when pattern is malformed.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err != nil {
		return false, ErrBadPattern
	}
	return matched, nil
}

// hasMeta reports whether p contains any of the magic characters
// recognized by Match.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}

// Glob returns the names of all files matching pattern or nil if there is
// no matching file. The syntax of patterns is the same as in Match. The
// pattern may describe hierarchical names such as /usr/*/bin/ed. Glob
// ignores file system errors such as I/O errors reading directories. The
// only possible returned error is ErrBadPattern, when pattern is
// malformed.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

// globDepth is Glob; depth counts the directory levels already split
// off, which bounds the recursion for patterns made of separators.
func globDepth(pattern string, depth int) ([]string, error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1] // the trailing separator
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern { // would recurse for ever
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		matches, err = globDir(d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globDir appends to matches the names in directory dir that match
// pattern (joined to dir), in sorted order. Unreadable directories add
// nothing.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	entries, _ := os.ReadDir(dir) // sorted by name
	for _, e := range entries {
		ok, err := Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, e.Name()))
		}
	}
	return matches, nil
}
