// run

// The open-file soft limit starts at least one below the hard limit (gc
// raises it at startup); Setrlimit and Getrlimit round-trip.

package main

import (
	"fmt"
	"syscall"
)

func main() {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		fmt.Println("getrlimit:", err)
		return
	}
	fmt.Println("soft raised:", lim.Cur >= lim.Max-1, "hard >= 64:", lim.Max >= 64)
	low := syscall.Rlimit{Cur: 64, Max: lim.Max}
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &low); err != nil {
		fmt.Println("setrlimit:", err)
		return
	}
	var got syscall.Rlimit
	syscall.Getrlimit(syscall.RLIMIT_NOFILE, &got)
	fmt.Println("lowered:", got.Cur, got.Max == lim.Max)
	syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
	syscall.Getrlimit(syscall.RLIMIT_NOFILE, &got)
	fmt.Println("restored:", got == lim)
}
