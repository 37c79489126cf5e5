package filepath

import (
	"io/fs"
	"os"
	"sort"
)

// WalkFunc is the type of the function called by Walk to visit each file
// or directory. See go's documentation for the meaning of its arguments
// and results: a non-nil err reports a failure to Lstat path (info is
// nil) or to read directory path (info describes it); returning SkipDir
// skips the directory (or, for a file, the rest of its directory),
// SkipAll stops the walk, any other error stops it and is returned.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. Errors that
// arise visiting files and directories are filtered by fn. WalkDir does
// not follow symbolic links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walkDir visits path, described by d, and the tree below it.
func walkDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil // skip this directory's contents
		}
		return err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		// Report the failure with a second call for the directory.
		err = fn(path, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(path, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break // the rest of this directory
			}
			return err
		}
	}
	return nil
}

// Walk walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. Walk is less
// efficient than WalkDir (it calls os.Lstat on every visited file) and
// does not follow symbolic links.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walk visits path, described by info, and the tree below it.
func walk(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, err := dirNames(path)
	errFn := fn(path, info, err)
	// A directory that cannot be read, or whose visit returned an error
	// (SkipDir and SkipAll included), is not descended into; the caller
	// deals with the result.
	if err != nil || errFn != nil {
		return errFn
	}
	for _, name := range names {
		name = Join(path, name)
		fi, err := os.Lstat(name)
		if err != nil {
			if err := fn(name, fi, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(name, fi, fn); err != nil {
			if !fi.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// dirNames returns the sorted names of the entries of directory dir.
func dirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}
