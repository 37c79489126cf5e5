// errorcheck

// Untyped float and complex constants may exceed float64, but not when
// they are converted to a typed value.

package main

const huge = 1e400

const ok = huge / 1e300

func main() {
	var fl = 1e400 // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	println(huge) // ERROR "cannot use huge \(untyped float constant 1e\+400\) as float64 value in argument to built-in println \(overflows\)"
	var cx complex64 = 1e300i // ERROR "as complex64 value in variable declaration \(overflows\)"
	var f32 float32 = 1e39 - 0.5 // ERROR "as float32 value in variable declaration \(overflows\)"
	println(fl, cx, f32, ok)
}
