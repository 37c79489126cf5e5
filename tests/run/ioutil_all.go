// run

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	b, err := ioutil.ReadAll(strings.NewReader("hello, reader"))
	fmt.Printf("%q %v\n", b, err)
	b, err = ioutil.ReadAll(strings.NewReader(""))
	fmt.Printf("%q %v %v\n", b, err, b == nil)

	rc := ioutil.NopCloser(strings.NewReader("nop"))
	b, _ = io.ReadAll(rc)
	fmt.Println(string(b), rc.Close())
	n, err := ioutil.Discard.Write([]byte("discarded"))
	fmt.Println(n, err, ioutil.Discard == io.Discard)
	n2, err := io.Copy(ioutil.Discard, strings.NewReader(strings.Repeat("x", 10000)))
	fmt.Println(n2, err)

	dir, err := ioutil.TempDir("", "ioutil-test-*-dir")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	base := filepath.Base(dir)
	fmt.Println(strings.HasPrefix(base, "ioutil-test-"), strings.HasSuffix(base, "-dir"))

	name := filepath.Join(dir, "f.txt")
	fmt.Println(ioutil.WriteFile(name, []byte("line1\nline2\n"), 0o600))
	b, err = ioutil.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)
	fi, _ := os.Stat(name)
	fmt.Println(fi.Mode().Perm(), fi.Size())
	fmt.Println(ioutil.WriteFile(name, []byte("short"), 0o644))
	b, _ = ioutil.ReadFile(name)
	fi, _ = os.Stat(name)
	fmt.Printf("%q %v\n", b, fi.Mode().Perm())

	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), strings.Replace(err.Error(), dir, "<dir>", 1))

	f, err := ioutil.TempFile(dir, "tmp*.dat")
	if err != nil {
		fmt.Println(err)
		return
	}
	fb := filepath.Base(f.Name())
	fmt.Println(filepath.Dir(f.Name()) == dir, strings.HasPrefix(fb, "tmp"), strings.HasSuffix(fb, ".dat"))
	f.WriteString("temp data")
	f.Close()
	f2, err := ioutil.TempFile(dir, "plain")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f2.Name()), "plain"))
	f2.Close()
	os.Rename(f.Name(), filepath.Join(dir, "t.dat"))
	os.Rename(f2.Name(), filepath.Join(dir, "u.dat"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)

	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), err)
	for _, info := range infos {
		fmt.Println(info.Name(), info.IsDir(), info.Size()*int64(map[bool]int{true: 0, false: 1}[info.IsDir()]), info.Mode().IsRegular())
	}
	_, err = ioutil.ReadDir(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	_, err = ioutil.TempDir(filepath.Join(dir, "missing"), "x")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	_, err = ioutil.TempFile(dir, "bad/pattern")
	fmt.Println(err != nil)
}
