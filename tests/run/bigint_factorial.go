// run

// Arbitrary-precision arithmetic on decimal digit slices (no math/big):
// a Nat type (little-endian base 1e9 limbs) with Add, MulSmall, Mul, Cmp
// and String using %09d padding; factorials, powers of two,
// and cross-checks against uint64 arithmetic for small values.

package main

import (
	"fmt"
	"strconv"
	"strings"
)

const base = 1000000000

type Nat []uint32

func FromUint(x uint64) Nat {
	var n Nat
	for x > 0 {
		n = append(n, uint32(x%base))
		x /= base
	}
	return n
}

func (a Nat) Add(b Nat) Nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(Nat, 0, len(a)+1)
	var carry uint64
	for i := range a {
		s := uint64(a[i]) + carry
		if i < len(b) {
			s += uint64(b[i])
		}
		out = append(out, uint32(s%base))
		carry = s / base
	}
	if carry > 0 {
		out = append(out, uint32(carry))
	}
	return out
}

func (a Nat) MulSmall(m uint32) Nat {
	if m == 0 || len(a) == 0 {
		return nil
	}
	out := make(Nat, 0, len(a)+1)
	var carry uint64
	for _, d := range a {
		p := uint64(d)*uint64(m) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	if carry > 0 {
		out = append(out, uint32(carry))
	}
	return out
}

func (a Nat) Mul(b Nat) Nat {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	acc := make([]uint64, len(a)+len(b))
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			t := acc[i+j] + uint64(x)*uint64(y) + carry
			acc[i+j] = t % base
			carry = t / base
		}
		acc[i+len(b)] += carry
	}
	out := make(Nat, len(acc))
	for i, v := range acc {
		out[i] = uint32(v)
	}
	for len(out) > 0 && out[len(out)-1] == 0 {
		out = out[:len(out)-1]
	}
	return out
}

func (a Nat) Cmp(b Nat) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (a Nat) String() string {
	if len(a) == 0 {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(strconv.FormatUint(uint64(a[len(a)-1]), 10))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", a[i])
	}
	return sb.String()
}

func factorial(n uint32) Nat {
	r := FromUint(1)
	for i := uint32(2); i <= n; i++ {
		r = r.MulSmall(i)
	}
	return r
}

func main() {
	for _, n := range []uint32{0, 1, 5, 20, 25, 50} {
		fmt.Printf("%d! = %v\n", n, factorial(n))
	}
	f100 := factorial(100).String()
	fmt.Println(len(f100), f100[:20], strings.Count(f100, "0"), len(f100)-len(strings.TrimRight(f100, "0")))
	sq := FromUint(1 << 32).Mul(FromUint(1 << 32))
	fmt.Println("2^64 =", sq, sq.Cmp(FromUint(18446744073709551615)), FromUint(18446744073709551615))
	fmt.Println("2^128 =", sq.Mul(sq), sq.Add(sq).Add(FromUint(5)), sq.MulSmall(1000000000))
	ok := true
	for x := uint64(1); x < 1e12; x = x*7 + 3 {
		for y := uint64(1); y < 1e6; y = y*13 + 1 {
			if FromUint(x).Mul(FromUint(y)).String() != strconv.FormatUint(x*y, 10) ||
				FromUint(x).Add(FromUint(y)).String() != strconv.FormatUint(x+y, 10) {
				ok = false
			}
		}
	}
	fmt.Println("cross-check ok:", ok)
	fmt.Println(factorial(30).Cmp(factorial(29)), factorial(3).Cmp(FromUint(6)), Nat(nil).Cmp(FromUint(1)), Nat(nil), FromUint(base))
	fmt.Printf("%v %s %d\n", FromUint(1000000007), FromUint(999999999999), FromUint(123))
}
