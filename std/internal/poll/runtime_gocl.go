package poll

// Provided by the runtime (runtime/src/netpoll.rs), runtime symbols
// `internal/poll.NAME`.

// runtime_pollOpen registers fd (already non-blocking) with the poller.
func runtime_pollOpen(fd uintptr) (pd uintptr, errno uintptr)

// runtime_pollClose unregisters pd; nobody may wait on it any more.
func runtime_pollClose(pd uintptr)

// runtime_pollUnblock wakes every waiter of pd, which then gets pollClosing.
func runtime_pollUnblock(pd uintptr)

// runtime_pollReset prepares a wait: the result that would end it at once.
func runtime_pollReset(pd uintptr, mode int) int

// runtime_pollWait parks until pd is ready for mode ('r' or 'w').
func runtime_pollWait(pd uintptr, mode int) int

// runtime_pollSetDeadline sets the absolute runtimeNano deadline d of mode
// ('r', 'w' or 'r'+'w'); 0 means none, a time in the past expires at once.
func runtime_pollSetDeadline(pd uintptr, d int64, mode int)

// runtimeNano is the monotonic clock of time's runtimeNano.
func runtimeNano() int64

// bufPtr is the address of b's first byte, for system calls (gocl has no
// unsafe; runtime/src/osapi.rs). A call, not an interface conversion for
// reflect, so reads and writes allocate nothing.
func bufPtr(b []byte) uintptr
