// run

package main

import "runtime"

func main() {
	var p *int
	runtime.SetFinalizer(nil, func(*int) {})
	_ = p
}
