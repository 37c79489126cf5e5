// run

package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"syscall"
	"time"
)

var dir string

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "$TMP")
}

func check(err error) {
	if err != nil {
		panic(clean(err))
	}
}

func main() {
	syscall.Umask(0o022)
	var err error
	dir, err = os.MkdirTemp("", "osdir")
	check(err)
	defer os.RemoveAll(dir)
	fi, err := os.Stat(dir)
	check(err)
	fmt.Println(fi.IsDir(), fi.Mode(), fi.Mode().Perm(), fi.Mode().Type() == fs.ModeDir)

	check(os.MkdirAll(dir+"/a/b/c", 0755))
	check(os.MkdirAll(dir+"/a/b/c", 0755))
	check(os.MkdirAll(dir+"/a/b/c/", 0755))
	check(os.Mkdir(dir+"/a/x", 0700))
	fmt.Println(clean(os.Mkdir(dir+"/a/x", 0700)))
	fmt.Println(clean(os.Mkdir(dir+"/q/r", 0700)))
	for _, n := range []string{"z.txt", "m.txt", "a/b/file", "a/x/y", "b.dat"} {
		check(os.WriteFile(dir+"/"+n, []byte(n), 0644))
	}
	fmt.Println(clean(os.MkdirAll(dir+"/z.txt/sub", 0755)))

	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		check(err)
		size := info.Size()
		if info.IsDir() {
			size = -1 // depends on the file system
		}
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode(), size, e, fs.FormatDirEntry(e))
	}
	_, err = os.ReadDir(dir + "/nope")
	fmt.Println(clean(err))
	_, err = os.ReadDir(dir + "/z.txt")
	fmt.Println(clean(err))

	// File.ReadDir in chunks, Readdirnames, Readdir.
	f, err := os.Open(dir)
	check(err)
	var names []string
	for {
		es, err := f.ReadDir(2)
		if err == io.EOF {
			fmt.Println("EOF", len(es))
			break
		}
		check(err)
		for _, e := range es {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	es, err := f.ReadDir(-1)
	fmt.Println(len(es), es != nil, err)
	_, err = f.Seek(0, io.SeekStart)
	check(err)
	ns, err := f.Readdirnames(-1)
	sort.Strings(ns)
	fmt.Println(ns, err)
	f.Seek(0, io.SeekStart)
	infos, err := f.Readdir(0)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size() > 0, fi.IsDir(), fi.Mode())
	}
	f.Close()
	_, err = f.ReadDir(-1)
	fmt.Println(clean(err))

	// Rename.
	fmt.Println(os.Rename(dir+"/m.txt", dir+"/n.txt"))
	fmt.Println(clean(os.Rename(dir+"/m.txt", dir+"/n.txt")))
	fmt.Println(clean(os.Rename(dir+"/n.txt", dir+"/a")))
	fmt.Println(os.Rename(dir+"/a/x", dir+"/x2"))
	fmt.Println(clean(os.Remove(dir + "/a")))
	fmt.Println(clean(os.Remove(dir + "/nothing")))

	// Walk with fs.WalkDir over os.DirFS.
	fsys := os.DirFS(dir)
	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", path, d.IsDir())
		return nil
	})
	fmt.Println(err)
	err = fs.WalkDir(fsys, "a", func(path string, d fs.DirEntry, err error) error {
		if d.Name() == "c" {
			return fs.SkipDir
		}
		fmt.Println("walk2", path)
		return nil
	})
	fmt.Println(err)
	data, err := fs.ReadFile(fsys, "a/b/file")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "/abs")
	fmt.Println(err)
	_, err = fsys.Open("a/../b")
	fmt.Println(err)
	des, err := fs.ReadDir(fsys, "x2")
	fmt.Println(len(des), des[0].Name(), err)
	sfi, err := fs.Stat(fsys, "b.dat")
	fmt.Println(sfi.Name(), sfi.Size(), err)
	sub, err := fs.Sub(fsys, "a")
	check(err)
	data, err = fs.ReadFile(sub, "b/file")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(sub, "b/nope")
	fmt.Println(clean(err))
	for _, p := range []string{".", "a", "a/b", "/a", "a/", "a//b", "./a", "a/..", "", "..", "a/./b"} {
		fmt.Printf("%q %v\n", p, fs.ValidPath(p))
	}

	// Chtimes and ModTime.
	mt := time.Date(2020, 5, 17, 10, 30, 0, 123456789, time.UTC)
	check(os.Chtimes(dir+"/b.dat", time.Time{}, mt))
	fi, _ = os.Stat(dir + "/b.dat")
	fmt.Println(fi.ModTime().UTC(), fi.ModTime().Equal(mt))
	fmt.Println(fs.FormatFileInfo(fi)[:10], strings.HasSuffix(fs.FormatFileInfo(fi), " 5 2020-05-17 10:30:00 b.dat"))

	// Chdir and Getwd.
	wd, err := os.Getwd()
	check(err)
	check(os.Chdir(dir + "/a"))
	wd2, err := os.Getwd()
	fmt.Println(clean(fmt.Errorf("%s", wd2)), err)
	data, err = os.ReadFile("b/file")
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(clean(os.Chdir("nope")))
	check(os.Chdir(wd))

	// CreateTemp.
	tf, err := os.CreateTemp(dir, "tmp*.txt")
	check(err)
	tn := strings.TrimPrefix(tf.Name(), dir+"/")
	fmt.Println(strings.HasPrefix(tn, "tmp"), strings.HasSuffix(tn, ".txt"))
	tfi, _ := tf.Stat()
	fmt.Println(tfi.Mode())
	tf.Close()
	td, err := os.MkdirTemp(dir, "d")
	check(err)
	tdi, _ := os.Stat(td)
	fmt.Println(tdi.Mode(), strings.HasPrefix(td, dir+"/d"))
	_, err = os.CreateTemp(dir+"/nope", "x")
	fmt.Println(err != nil, os.IsNotExist(err))

	// RemoveAll.
	fmt.Println(os.RemoveAll(dir+"/a"), os.RemoveAll(dir+"/a"), os.RemoveAll(dir+"/nothing/at/all"))
	fmt.Println(clean(os.RemoveAll(dir + "/.")))
	_, err = os.Stat(dir + "/a")
	fmt.Println(clean(err), os.IsNotExist(err))
	entries, _ = os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "tmp") && !strings.HasPrefix(e.Name(), "d") {
			fmt.Println(e)
		}
	}
}
