// run

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "fpfs")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	rel := func(p string) string {
		if p == dir {
			return "<dir>"
		}
		return strings.TrimPrefix(p, dir+"/")
	}
	for _, p := range []string{"a/b/c.txt", "a/b/d.go", "a/e.go", "f.txt", "g/h/i/j.go", "[x]/y", "k/l.go", "k/m/n.txt"} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			fmt.Println(err)
		}
		if err := os.WriteFile(full, []byte(p), 0o644); err != nil {
			fmt.Println(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		fmt.Println(err)
	}

	// Glob
	for _, pat := range []string{"*", "*/*", "a/*/*.go", "*/*/*", "[", "a/[", "*/b", "nonexist", "a", "\\[x]/y",
		"[[]x]/*", "g/*/i", "*/*/*/*", "*.txt", "?/*.go", "a/b/c.txt/*", "*/[a-h]*"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		var rm []string
		for _, s := range m {
			rm = append(rm, rel(s))
		}
		fmt.Printf("Glob %q: %q %v nil=%v\n", pat, rm, err, m == nil)
	}
	m, err := filepath.Glob("[")
	fmt.Println(m, err, err == filepath.ErrBadPattern)

	// Walk
	visit := func(skipName string, ret error) {
		var seen []string
		err := filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
			if err != nil {
				seen = append(seen, "ERR:"+rel(p))
				return err
			}
			mark := ""
			if info.IsDir() {
				mark = "/"
			}
			seen = append(seen, rel(p)+mark)
			if info.Name() == skipName {
				return ret
			}
			return nil
		})
		fmt.Println("Walk", skipName, ret, "->", err, seen)
	}
	visit("", nil)
	visit("b", filepath.SkipDir)
	visit("c.txt", filepath.SkipDir)
	visit("e.go", filepath.SkipAll)
	visit("h", errors.New("stop"))

	walkDir := func(skipName string, ret error) {
		var seen []string
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				seen = append(seen, "ERR:"+rel(p))
				return err
			}
			mark := ""
			if d.IsDir() {
				mark = "/"
			}
			seen = append(seen, rel(p)+mark)
			if d.Name() == skipName {
				return ret
			}
			return nil
		})
		fmt.Println("WalkDir", skipName, ret, "->", err, seen)
	}
	walkDir("", nil)
	walkDir("b", filepath.SkipDir)
	walkDir("c.txt", filepath.SkipDir)
	walkDir("e.go", filepath.SkipAll)
	walkDir("h", errors.New("stop"))

	// missing root
	err = filepath.Walk(filepath.Join(dir, "missing"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("walk cb:", rel(p), info == nil, errors.Is(err, fs.ErrNotExist))
		return err
	})
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	err = filepath.WalkDir(filepath.Join(dir, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walkdir cb:", rel(p), d == nil, errors.Is(err, fs.ErrNotExist))
		return nil
	})
	fmt.Println(err)
	// a file as root
	filepath.WalkDir(filepath.Join(dir, "f.txt"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("file root:", rel(p), d.Name(), d.IsDir(), err)
		return nil
	})

	// Abs relative to the working directory
	wd, _ := os.Getwd()
	a, err := filepath.Abs("x/../y")
	fmt.Println(a == filepath.Join(wd, "y"), err)
	a, err = filepath.Abs("")
	fmt.Println(a == wd, err)
}
