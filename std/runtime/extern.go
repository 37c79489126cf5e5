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

// Gosched yields the processor. With one goroutine there is nothing else
// to run.
func Gosched() {}

// GOMAXPROCS sets the number of CPUs that may run Go code at once and
// returns the previous setting; gocl runs Go code on one thread today.
func GOMAXPROCS(n int) int { return 1 }

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int { return 1 }

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int { return 1 }

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
