// errorcheck

// Constants that do not fit in the destination type.

package main

const big = 1 << 100

func takeUint8(x uint8) {}

func main() {
	var a int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b uint = -1 // ERROR "cannot use -1 .* as uint value .*overflows"
	var c int64 = big // ERROR "as int64 value in variable declaration \(overflows\)"
	var d int = 1 << 63 // ERROR "as int value in variable declaration \(overflows\)"
	var e uint8 = 255 + 1 // ERROR "untyped int constant 256\) as uint8 value"
	takeUint8(256) // ERROR "as uint8 value in argument to takeUint8 \(overflows\)"
	var f float32 = 1e39 // ERROR "as float32 value in variable declaration \(overflows\)"
	println(a, b, c, d, e, f)
}
