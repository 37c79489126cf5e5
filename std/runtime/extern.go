// Package runtime is gocl's Go-visible runtime interface. The runtime
// itself is written in Rust (runtime/ in the gocl repository); this
// package gives Go programs the functions and types of Go's runtime
// package that make sense for gocl today.
package runtime

// Compiler is the name of the compiler toolchain that built the program.
// gocl answers "gc": programs test it to choose gc's behavior, which gocl
// follows.
const Compiler = "gc"

// GOOS is the running program's operating system target.
const GOOS = "linux"

// Error identifies a run-time error (its dynamic value is a run-time
// error panic value).
type Error interface {
	error
	// RuntimeError is a no-op that distinguishes run-time errors from
	// ordinary errors.
	RuntimeError()
}

// GC runs a garbage collection. gocl's allocator does not collect yet
// (the memory issue), so there is nothing to do.
func GC() {}

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit runs all deferred calls of the calling goroutine and then ends
// it. Calling it from the main goroutine ends main without ending the
// program; it dies with a deadlock error when no other goroutine is left.
func Goexit()

// GOMAXPROCS sets the maximum number of CPUs that can be executing Go code
// simultaneously and returns the previous setting; n < 1 does not change
// it. gocl records the setting (default: the CPUs the process may use or
// $GOMAXPROCS) but runs Go code on one thread today.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// KeepAlive marks its argument as reachable up to this call.
func KeepAlive(x any) {}

// SetFinalizer sets the finalizer of obj. Without a collector, objects
// are never found unreachable, so finalizers never run.
func SetFinalizer(obj any, finalizer any) {}

// Caller reports file and line of a caller; gocl has no line tables yet.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return 0, "", 0, false
}

// Callers fills pc with return addresses of callers; none are available.
func Callers(skip int, pc []uintptr) int { return 0 }

// Breakpoint executes a breakpoint trap (not supported: does nothing).
func Breakpoint() {}
