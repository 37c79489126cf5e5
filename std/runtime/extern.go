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

// GC runs a garbage collection and returns when it is complete.
func GC()

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

// KeepAlive marks its argument as reachable up to this call. It has no
// body: the call itself keeps x live (runtime/src/finalizer.rs).
func KeepAlive(x any)

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller. The line tables are the compiler's go:functab (tracebacks use
// them too); calls have no inlined frames in gocl.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	pc = callerPC(skip)
	if pc == 0 {
		return 0, "", 0, false
	}
	// pc is a return address: the call is the instruction before it.
	return pc, pcFile(pc - 1), pcLine(pc - 1), true
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0
// identifying the frame for Callers itself and 1 identifying the caller
// of Callers. It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int {
	n := 0
	for n < len(pc) {
		p := callerPC(skip - 1 + n)
		if p == 0 {
			break
		}
		pc[n] = p
		n++
	}
	return n
}

// A Func represents a Go function in the running binary.
type Func struct {
	pc uintptr
}

// funcs holds one *Func per function, so that FuncForPC results compare
// equal for PCs of the same function.
var funcs map[uintptr]*Func

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	entry := pcEntry(pc)
	if entry == 0 {
		return nil
	}
	if funcs == nil {
		funcs = map[uintptr]*Func{}
	}
	f := funcs[entry]
	if f == nil {
		f = &Func{pc: entry}
		funcs[entry] = f
	}
	return f
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return pcFunc(f.pc)
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return pcEntry(f.pc)
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFile(pc), pcLine(pc)
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames may be used to get function/file/line information for a slice
// of PC values returned by Callers.
type Frames struct {
	pcs []uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next returns a Frame representing the next call frame in the slice of
// PC values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.pcs) == 0 {
		return Frame{}, false
	}
	pc := ci.pcs[0]
	ci.pcs = ci.pcs[1:]
	// pc is a return address: describe the call before it.
	pc--
	frame = Frame{
		PC:       pc,
		Func:     FuncForPC(pc),
		Function: pcFunc(pc),
		File:     pcFile(pc),
		Line:     pcLine(pc),
		Entry:    pcEntry(pc),
	}
	return frame, len(ci.pcs) > 0
}

// LockOSThread wires the calling goroutine to its current operating
// system thread: until as many UnlockOSThread calls, it runs only on
// that thread, and no other goroutine runs there. Provided by the
// runtime (runtime/src/sched.rs).
func LockOSThread()

// UnlockOSThread undoes one earlier call to LockOSThread; with none left,
// the goroutine and the thread are free again.
func UnlockOSThread()

// Provided by the runtime (runtime/src/traceback.rs).
func callerPC(skip int) uintptr
func pcFile(pc uintptr) string
func pcLine(pc uintptr) int
func pcFunc(pc uintptr) string
func pcEntry(pc uintptr) uintptr

// Breakpoint executes a breakpoint trap (not supported: does nothing).
func Breakpoint() {}
