package os

// Provided by the runtime (runtime/src/osapi.rs). Everything else goes
// through package syscall.

func exit(code int)
func runtime_args() []string
func runtime_environ() []string

// sigpipe ends the program by SIGPIPE (a write to a closed standard
// output or error).
func sigpipe()
