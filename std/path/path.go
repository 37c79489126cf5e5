// Package path implements utility routines for manipulating
// slash-separated paths. It is meant for paths separated by forward
// slashes only, such as the paths in URLs; use path/filepath for
// operating system paths.
//
// Written for gocl from the package documentation and go1.27's observed
// behaviour.
package path

// Clean returns the shortest path name equivalent to path by purely
// lexical processing. It applies the following rules iteratively until
// no further processing can be done:
//
//  1. Replace multiple slashes with a single slash.
//  2. Eliminate each . path name element (the current directory).
//  3. Eliminate each inner .. path name element (the parent directory)
//     along with the non-.. element that precedes it.
//  4. Eliminate .. elements that begin a rooted path:
//     that is, replace "/.." by "/" at the beginning of a path.
//
// The returned path ends in a slash only if it is the root "/". If the
// result of this process is an empty string, Clean returns the string ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	// out collects the cleaned elements separated by '/'; for a rooted
	// path it starts with the root's slash, which .. never removes.
	out := make([]byte, 0, len(path))
	base := 0 // out[:base] cannot be undone by ..
	if rooted {
		out = append(out, '/')
		base = 1
	}
	n := len(path)
	for i := 0; i < n; {
		if path[i] == '/' {
			i++
			continue
		}
		j := i
		for j < n && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j
		switch {
		case elem == ".":
			// drop
		case elem == "..":
			if len(out) > base {
				// remove the last element and its separator
				k := len(out) - 1
				for k > base && out[k] != '/' {
					k--
				}
				out = out[:k]
			} else if !rooted {
				// nothing to undo: keep the ..; later ones stack on it
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				base = len(out)
			}
		default:
			if len(out) > 0 && out[len(out)-1] != '/' {
				out = append(out, '/')
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits path immediately following the final slash, separating it
// into a directory and file name component. If there is no slash in
// path, Split returns an empty dir and file set to path. The returned
// values have the property that path = dir+file.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating
// them with slashes. Empty elements are ignored. The result is Cleaned.
// However, if the argument list is empty or all its elements are empty,
// Join returns an empty string.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem))
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path. The extension is the
// suffix beginning at the final dot in the final slash-separated element
// of path; it is empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed
// before extracting the last element. If the path is empty, Base returns
// ".". If the path consists entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if path == "" {
		return "/"
	}
	return path[lastSlash(path)+1:]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element using Split, the path is
// Cleaned and trailing slashes are removed. If the path is empty, Dir
// returns ".". If the path consists entirely of slashes followed by
// non-slash bytes, Dir returns a single slash. In any other case, the
// returned path does not end in a slash.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// lastSlash returns the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}
