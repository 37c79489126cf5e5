// run

// Pseudo-random generators with wrapping unsigned arithmetic: xorshift64*,
// a linear congruential generator, and a Monte-Carlo estimate of pi.

package main

var state uint64 = 88172645463325252

func xorshift() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

var lcgState uint32 = 12345

func lcg() uint32 {
	lcgState = lcgState*1103515245 + 12345
	return lcgState / 65536 % 32768
}

func uniform() float64 {
	return float64(xorshift()>>11) / (1 << 53)
}

func main() {
	for i := 0; i < 5; i++ {
		println(xorshift())
	}
	for i := 0; i < 5; i++ {
		print(lcg(), " ")
	}
	println()
	inside := 0
	const n = 200000
	for i := 0; i < n; i++ {
		x, y := uniform(), uniform()
		if float64(x*x)+float64(y*y) < 1 { // no fused multiply-add
			inside++
		}
	}
	pi := 4 * float64(inside) / n
	println("inside", inside, "pi ~", pi, pi > 3.1 && pi < 3.2)
	// histogram of dice rolls
	var c1, c2, c3, c4, c5, c6 int
	for i := 0; i < 60000; i++ {
		switch xorshift()%6 + 1 {
		case 1:
			c1++
		case 2:
			c2++
		case 3:
			c3++
		case 4:
			c4++
		case 5:
			c5++
		case 6:
			c6++
		}
	}
	println(c1, c2, c3, c4, c5, c6)
	// shuffle-free permutation check: a full-period LCG mod 16
	var x uint8 = 0
	seen := uint16(0)
	for i := 0; i < 16; i++ {
		x = (5*x + 3) % 16
		seen |= 1 << x
	}
	println("full period:", seen == 0xFFFF)
}
