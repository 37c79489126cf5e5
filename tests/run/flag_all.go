// run

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(*l, ",")
}

func (l *listValue) Set(s string) error {
	if s == "bad" {
		return errors.New("no bad values")
	}
	*l = append(*l, s)
	return nil
}

type levelValue int

func (l *levelValue) String() string { return fmt.Sprint(int(*l)) }
func (l *levelValue) Set(s string) error {
	*l = levelValue(len(s))
	return nil
}

func newSet(name string) (*flag.FlagSet, map[string]any) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	m := map[string]any{}
	m["b"] = fs.Bool("b", false, "a bool")
	m["verbose"] = fs.Bool("verbose", true, "be `loud`")
	m["i"] = fs.Int("i", 0, "an int")
	m["n"] = fs.Int("n", 42, "number of `items`\nsecond line")
	m["i64"] = fs.Int64("i64", -5, "an int64")
	m["u"] = fs.Uint("u", 7, "a uint")
	m["u64"] = fs.Uint64("u64", 0, "a uint64")
	m["s"] = fs.String("s", "", "a string")
	m["name"] = fs.String("name", "bob", "the name")
	m["f"] = fs.Float64("f", 2.5, "a float")
	m["d"] = fs.Duration("d", 1500*time.Millisecond, "a duration")
	m["z"] = fs.Duration("z", 0, "zero duration")
	var lv listValue
	fs.Var(&lv, "list", "list of values")
	m["list"] = &lv
	var lev levelValue
	fs.Var(&lev, "level", "the level")
	fs.Func("fn", "a func flag", func(s string) error {
		fmt.Println("fn called with", s)
		if s == "err" {
			return errors.New("fn failed")
		}
		return nil
	})
	fs.BoolFunc("bf", "a bool func", func(s string) error {
		fmt.Println("bf called with", s)
		return nil
	})
	return fs, m
}

func show(fs *flag.FlagSet, m map[string]any) {
	fmt.Printf("b=%v verbose=%v i=%v n=%v i64=%v u=%v u64=%v s=%q name=%q f=%v d=%v list=%v\n",
		*m["b"].(*bool), *m["verbose"].(*bool), *m["i"].(*int), *m["n"].(*int), *m["i64"].(*int64),
		*m["u"].(*uint), *m["u64"].(*uint64), *m["s"].(*string), *m["name"].(*string), *m["f"].(*float64),
		*m["d"].(*time.Duration), *m["list"].(*listValue))
	fmt.Printf("nflag=%d narg=%d args=%q arg0=%q arg9=%q parsed=%v\n", fs.NFlag(), fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(9), fs.Parsed())
	fs.Visit(func(f *flag.Flag) { fmt.Print(" set:", f.Name, "=", f.Value.String()) })
	fmt.Println()
}

func try(args ...string) {
	fmt.Printf("== %q\n", args)
	fs, m := newSet("prog")
	err := fs.Parse(args)
	fmt.Println("err:", err)
	show(fs, m)
}

func main() {
	fs, m := newSet("prog")
	fmt.Println("parsed before:", fs.Parsed(), fs.Name(), fs.ErrorHandling() == flag.ContinueOnError)
	fs.PrintDefaults()
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Printf("%s def=%q name=%q usage=%q\n", f.Name, f.DefValue, name, usage)
	})
	show(fs, m)

	try()
	try("-b", "-i", "3", "--n=7", "-i64=-9", "-u", "0x10", "-u64", "077", "-s", "", "-name=x=y", "-f", "1e3", "-d", "2h3m", "rest", "-i", "4")
	try("-b=false", "--verbose=0", "-list", "a", "-list=b", "-level", "xyz", "-fn", "v1", "-bf", "-bf=maybe", "--", "-x", "y")
	try("-i", "12abc")
	try("-i", "99999999999999999999")
	try("-u", "-1")
	try("-f", "x")
	try("-d", "5")
	try("-b=yes")
	try("-nosuch")
	try("-i")
	try("---x")
	try("-=x")
	try("-")
	try("a", "-b")
	try("-list", "bad")
	try("-fn", "err")
	try("-h")
	try("--help")
	try("-b", "--", "--", "x")

	// Set, Lookup
	fs2, m2 := newSet("")
	fmt.Println(fs2.Set("i", "17"), fs2.Set("i", "x"), fs2.Set("nope", "1"))
	fmt.Println(*m2["i"].(*int), fs2.NFlag())
	f := fs2.Lookup("name")
	fmt.Println(f.Name, f.Usage, f.DefValue, f.Value, fs2.Lookup("missing") == nil)
	if g, ok := f.Value.(flag.Getter); ok {
		fmt.Printf("%T %v\n", g.Get(), g.Get())
	}
	for _, name := range []string{"b", "i", "i64", "u", "u64", "f", "d", "s"} {
		fmt.Printf("%s: %T\n", name, fs2.Lookup(name).Value.(flag.Getter).Get())
	}
	fs2.Parse([]string{"-nosuch"}) // usage without a name

	// custom Usage
	fs3 := flag.NewFlagSet("custom", flag.ContinueOnError)
	fs3.SetOutput(os.Stdout)
	fs3.Usage = func() { fmt.Println("custom usage called") }
	fs3.Int("x", 1, "x")
	fmt.Println(fs3.Parse([]string{"-y"}))
	fmt.Println(fs3.Parse([]string{"-h"}) == flag.ErrHelp)

	// PanicOnError
	fs4 := flag.NewFlagSet("pan", flag.PanicOnError)
	fs4.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs4.Parse([]string{"-q"})
	}()

	// redefinition and bad names
	for _, fn := range []func(){
		func() { fs4.Int("dup", 1, ""); fs4.Int("dup", 2, "") },
		func() { fs2.Int("i", 1, "") },
		func() { fs4.Int("-x", 1, "") },
		func() { fs4.Int("a=b", 1, "") },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fn()
		}()
	}

	// zero FlagSet
	var zs flag.FlagSet
	zs.SetOutput(os.Stdout)
	zs.Bool("v", false, "verbose")
	fmt.Println(zs.Parse([]string{"-v", "-w"}))
	zs.Init("inited", flag.ContinueOnError)
	fmt.Println(zs.Name())
	fmt.Println(zs.Parse([]string{"-w"}))

	// command line
	fmt.Println(flag.CommandLine.Name() == os.Args[0], flag.CommandLine.ErrorHandling() == flag.ExitOnError, flag.Parsed())
	cv := flag.Int("cv", 3, "command-line int")
	flag.Bool("cb", false, "command-line bool")
	flag.Func("cf", "command-line func", func(string) error { return nil })
	var cs string
	flag.StringVar(&cs, "cs", "dflt", "command-line string")
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	flag.Parse()
	fmt.Println(*cv, cs, flag.NArg(), flag.NFlag(), flag.Args(), flag.Arg(0), flag.Parsed())
	fmt.Println(flag.Set("cv", "8"), *cv, flag.NFlag(), flag.Lookup("cv").Value)
	flag.Visit(func(f *flag.Flag) { fmt.Println("visit", f.Name) })
	n := 0
	flag.VisitAll(func(f *flag.Flag) { n++ })
	fmt.Println("all", n)
	flag.Usage = func() { fmt.Println("my usage") }
	flag.CommandLine.Usage()
	fmt.Println(flag.ErrHelp)
}
