// errorcheck

// Arithmetic on typed constants must stay representable in their type.

package main

const d int8 = 100
const e = d * 2 // ERROR "d \* 2 \(constant 200 of type int8\) overflows int8"
const f = ^uint8(0) + 1 // ERROR "\(constant 256 of type uint8\) overflows uint8"
const g = -uint(1) // ERROR "-uint\(1\) \(constant -1 of type uint\) overflows uint"

const h uint8 = 255
const i = h << 1 // ERROR "h << 1 \(constant 510 of type uint8\) overflows uint8"
const m = int32(1) << 31 // ERROR "\(constant 2147483648 of type int32\) overflows int32"

func main() {
	println(int8(-128) / -1) // ERROR "\(constant 128 of type int8\) overflows int8"
	println(e, f, g, i, m)
}
