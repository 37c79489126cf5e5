package syscall

// Provided by the runtime (runtime/src/osapi.rs).

// rawSyscall6 makes one Linux system call; errno is 0 on success, else
// the positive error number (r1 is then ^uintptr(0)).
func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)

// bytesPtr returns the address of b's first byte (gocl has no unsafe).
// The buffer must not be on a goroutine stack that may move while the
// kernel uses the address: gocl allocates every slice on the heap.
func bytesPtr(b []byte) uintptr
