// run

// runtime.Caller, Callers, CallersFrames and FuncForPC report the
// functions, files and lines of the calling goroutine's frames.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(p string) string { return p[strings.LastIndex(p, "/")+1:] }

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(base(file), ":", line, " ", ok)
}

type T struct{}

func (T) method() string { return where() }

func f() {
	fmt.Println(where())
	pc := make([]uintptr, 10)
	n := runtime.Callers(1, pc)
	frames := runtime.CallersFrames(pc[:n])
	for i := 0; i < 2; i++ {
		fr, _ := frames.Next()
		fmt.Println(fr.Function, base(fr.File), fr.Line)
	}
}

func main() {
	f()
	_, _, line, _ := runtime.Caller(0)
	fmt.Println(line)
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
	fmt.Println(T{}.method())
	func() {
		fmt.Println(where())
	}()
	_, _, _, ok := runtime.Caller(1000)
	fmt.Println(ok)
	done := make(chan bool)
	go func() {
		fmt.Println(where())
		done <- true
	}()
	<-done
}
