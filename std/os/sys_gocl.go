package os

// Provided by the runtime (runtime/src/osapi.rs).

func write(fd int, b []byte) int
func read(fd int, b []byte) int
func exit(code int)
func runtime_args() []string
func runtime_environ() []string
