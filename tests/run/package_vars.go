// run

// Package-level variables of every basic type: zero values, initializers,
// mutation from several functions and persistence across calls.

package main

var (
	gi    int
	gi8   int8
	gu16  uint16
	gu64  uint64
	gf32  float32
	gf64  float64
	gs    string
	gb    bool
	gr    rune
	gc    complex128
	gp    uintptr
	count = 10
	name  = "pkg"
	ratio = 0.75
)

var history string

func bump() int {
	count++
	history += "b"
	return count
}

func rename(s string) (old string) {
	old, name = name, s
	history += "r"
	return
}

func accumulate(x float64) float64 {
	ratio = ratio*0.5 + x
	return ratio
}

func main() {
	println(gi, gi8, gu16, gu64, gf32, gf64, "["+gs+"]", gb, gr, gc, gp)
	println(count, name, ratio)
	for i := 0; i < 3; i++ {
		bump()
	}
	c := bump()
	println(count, c)
	old := rename("new")
	println(old, name)
	old = rename("newer")
	println(old, name)
	for i := 0; i < 4; i++ {
		accumulate(1)
	}
	println(ratio)
	gi = -1
	gi8 = gi8 - 1
	gu16 -= 1
	gu64 = 1 << 63
	gf32 = 1.5
	gf64 = gf64 - 0.25
	gs = gs + "set"
	gb = !gb
	gr = 'é'
	gc = 1 + 2i
	gp = 0xff
	println(gi, gi8, gu16, gu64, gf32, gf64, gs, gb, gr, gc, gp)
	println(history)
	// a local shadows, the global is unchanged
	count := 0
	count++
	println(count, readCount())
}

func readCount() int { return count }
