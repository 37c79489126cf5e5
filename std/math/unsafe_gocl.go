package math

// These reinterpret the bits of a float as an integer or back. Go writes
// them with unsafe; gocl provides them as compiler intrinsics (a register
// move). See std/README.md, "Bodyless functions".

// Float64bits returns the IEEE 754 binary representation of f, with the
// sign bit of f and the result in the same bit position.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
func Float32frombits(b uint32) float32
