// errorcheck

// Untyped integer constants are big but not unbounded: shifts and
// products that leave gc's precision are errors.

package main

const big = 1 << 1000 // ERROR "constant shift overflow"

const half = 1 << 500

const sq = half * half // ERROR "constant multiplication overflow"

const sum = half + half + half

func main() {
	println(half >> 499, sum >> 500, big, sq)
}
