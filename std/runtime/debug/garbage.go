// Package debug contains facilities for programs to debug themselves while
// they are running: here, control of the garbage collector.
package debug

// SetGCPercent sets the garbage collection target percentage and returns
// the previous setting. A negative percentage disables collection.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection and then returns as much memory
// to the operating system as possible.
func FreeOSMemory()

// SetMemoryLimit sets a soft memory limit for the runtime and returns the
// previous limit; a negative input only reports the current limit.
func SetMemoryLimit(limit int64) int64
