// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined
// file paths. gocl targets Linux only: the separator is '/', the list
// separator ':', and there are no volume names, so the lexical functions
// are those of package path.
//
// Written for gocl from the package documentation and go1.27's observed
// behaviour.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
)

const (
	Separator     = '/' // OS-specific path separator
	ListSeparator = ':' // OS-specific path list separator
)

// SkipDir is used as a return value from WalkFuncs to indicate that the
// directory named in the call is to be skipped. It is not returned as an
// error by any function.
var SkipDir error = fs.SkipDir

// SkipAll is used as a return value from WalkFuncs to indicate that all
// remaining files and directories are to be skipped. It is not returned
// as an error by any function.
var SkipAll error = fs.SkipAll

// Clean returns the shortest path name equivalent to path by purely
// lexical processing (see path.Clean for the rules). The returned path
// ends in a slash only if it represents a root directory. If the result
// of this process is an empty string, Clean returns the string ".".
func Clean(p string) string { return path.Clean(p) }

// Join joins any number of path elements into a single path, separating
// them with an OS specific Separator. Empty elements are ignored. The
// result is Cleaned. However, if the argument list is empty or all its
// elements are empty, Join returns an empty string.
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits path immediately following the final Separator, separating
// it into a directory and file name component. If there is no Separator
// in path, Split returns an empty dir and file set to path. The returned
// values have the property that path = dir+file.
func Split(p string) (dir, file string) { return path.Split(p) }

// Base returns the last element of path. Trailing path separators are
// removed before extracting the last element. If the path is empty, Base
// returns ".". If the path consists entirely of separators, Base returns
// a single separator.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element, Dir calls Clean on the
// path and trailing slashes are removed. If the path is empty, Dir
// returns ".". If the path consists entirely of separators, Dir returns a
// single separator. The returned path does not end in a separator unless
// it is the root directory.
func Dir(p string) string { return path.Dir(p) }

// Ext returns the file name extension used by path. The extension is the
// suffix beginning at the final dot in the final element of path; it is
// empty if there is no dot.
func Ext(p string) string { return path.Ext(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return strings.HasPrefix(p, "/") }

// VolumeName returns leading volume name. There are none on Linux: it
// returns "".
func VolumeName(p string) string { return "" }

// ToSlash returns the result of replacing each separator character in
// path with a slash ('/') character: path itself on Linux.
func ToSlash(p string) string { return p }

// FromSlash returns the result of replacing each slash ('/') character in
// path with a separator character: path itself on Linux.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by the OS-specific
// ListSeparator, usually found in PATH or GOPATH environment variables.
// Unlike strings.Split, SplitList returns an empty slice when passed an
// empty string.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// IsLocal reports whether path, using lexical analysis only, has all of
// these properties: it is within the subtree rooted at the directory in
// which path is evaluated, it is not an absolute path, and it is not
// empty.
func IsLocal(p string) bool {
	if p == "" || IsAbs(p) {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}

// Abs returns an absolute representation of path. If the path is not
// absolute it will be joined with the current working directory to turn
// it into an absolute path. The absolute path name for a given file is
// not guaranteed to be unique. Abs calls Clean on the result.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath
// when joined to basepath with an intervening separator. That is,
// Join(basepath, Rel(basepath, targpath)) is equivalent to targpath
// itself. On success, the returned path will always be relative to
// basepath, even if basepath and targpath share no elements. An error is
// returned if targpath can't be made relative to basepath or if knowing
// the current working directory would be necessary to compute it. Rel
// calls Clean on the result.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if targ == "." {
		targ = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Skip the leading elements the two paths share; bs and ts index the
	// first element that differs (or the end).
	bs, ts := 0, 0
	for {
		be := elemEnd(base, bs)
		te := elemEnd(targ, ts)
		if base[bs:be] != targ[ts:te] {
			break
		}
		if be < len(base) {
			be++
		}
		if te < len(targ) {
			te++
		}
		if bs == be && ts == te {
			break
		}
		bs, ts = be, te
	}
	if base[bs:elemEnd(base, bs)] == ".." {
		// base goes further up than targ: not knowable lexically.
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if bs == len(base) {
		return targ[ts:], nil
	}
	// Climb out of the rest of base, then descend into the rest of targ.
	var b strings.Builder
	b.WriteString("..")
	for i := bs; i < len(base); i++ {
		if base[i] == '/' {
			b.WriteString("/..")
		}
	}
	if ts < len(targ) {
		b.WriteString("/")
		b.WriteString(targ[ts:])
	}
	return b.String(), nil
}

// elemEnd returns the index of the '/' ending the element starting at i
// in p, or len(p).
func elemEnd(p string, i int) int {
	for i < len(p) && p[i] != '/' {
		i++
	}
	return i
}
