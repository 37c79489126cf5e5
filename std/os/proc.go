package os

import "syscall"

// Getpid returns the process id.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the parent's process id.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the real user id.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the effective user id.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the real group id.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the effective group id.
func Getegid() int { return syscall.Getegid() }

// Getpagesize returns the memory page size.
func Getpagesize() int { return syscall.Getpagesize() }

// Hostname returns the kernel's host name.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return string(b), nil
}

// Executable returns the path of the running program's executable.
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	const deleted = " (deleted)"
	if len(p) > len(deleted) && p[len(p)-len(deleted):] == deleted {
		p = p[:len(p)-len(deleted)]
	}
	return p, nil
}

// A Signal is an operating system signal.
type Signal interface {
	String() string
	Signal()
}

// Interrupt and Kill are the signals present on all systems.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)
