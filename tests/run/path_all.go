// run

package main

import (
	"fmt"
	"path"
	"path/filepath"
)

var paths = []string{"", ".", "..", "/", "//", "///a//b/", "a/b/../../..", "/../a", "a/./b/", "../../x/../y",
	"abc", "a/b/c.d/e", "x.tar.gz", "/a/b.", ".hidden", "a/.b/", "dir/", "a//b//c", "/..", "../..", "a/../b/../c/..",
	"./a", "a/..", "/a/../..", "é/ü.txt", "a/b/../c/./d.e.f"}

var patterns = [][2]string{
	{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"}, {"a*/b", "abc/b"},
	{"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
	{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"},
	{"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
	{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"},
	{"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"},
	{"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"},
	{"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
	{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"[/]", "/"}, {"[^a]", "/"},
	{"*", ""}, {"", ""}, {"", "a"}, {"a*", ""}, {"[a-c]*[", "b"}, {"*/*", "a/b"}, {"**", "abc"}, {"\\a", "a"},
}

func main() {
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f)
		if filepath.Clean(p) != path.Clean(p) || filepath.Base(p) != path.Base(p) || filepath.Dir(p) != path.Dir(p) ||
			filepath.Ext(p) != path.Ext(p) || filepath.IsAbs(p) != path.IsAbs(p) {
			fmt.Println("filepath differs")
		}
		fmt.Printf("   IsLocal=%v VolumeName=%q ToSlash=%q FromSlash=%q\n", filepath.IsLocal(p), filepath.VolumeName(p), filepath.ToSlash(p), filepath.FromSlash(p))
	}
	fmt.Printf("%q %q %q %q %q %q\n", path.Join(), path.Join(""), path.Join("", ""), path.Join("a", "", "b"), path.Join("/", "..", "x"), path.Join("a/", "/b/", "c/"))
	fmt.Printf("%q %q %q\n", filepath.Join(), filepath.Join("", "a"), filepath.Join("a", "../../b"))
	for _, pm := range patterns {
		m, err := path.Match(pm[0], pm[1])
		m2, err2 := filepath.Match(pm[0], pm[1])
		fmt.Printf("Match(%q, %q) = %v, %v | %v %v\n", pm[0], pm[1], m, err, m2, err2)
	}
	fmt.Println(path.ErrBadPattern, filepath.ErrBadPattern, path.ErrBadPattern == filepath.ErrBadPattern)
	for _, l := range []string{"", "a", "a:b", ":", "a::b:", "/usr/bin:/bin"} {
		fmt.Printf("SplitList(%q) = %q %d\n", l, filepath.SplitList(l), len(filepath.SplitList(l)))
	}
	rels := [][2]string{{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/c"}, {"a/b", "a/c"}, {"a/b", "../c"}, {"../a", "b"},
		{"/a", "b"}, {"a", "/b"}, {"/a/b", "/c/d"}, {".", "a/b"}, {"a/b", "."}, {"/", "/a/b"}, {"/a/b", "/"},
		{"a/b/c", "a/x/y/z"}, {"..", "a"}, {"../..", ".."}, {"x/../..", "a"}, {"", "a"}, {"a", ""}}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], s, err)
	}
	abs, err := filepath.Abs("/x/../y/./z")
	fmt.Println(abs, err, string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Println(filepath.SkipDir, filepath.SkipAll)
}
