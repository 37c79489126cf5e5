// run

// Map key types: struct keys, array keys, string keys, bool keys,
// interface keys with mixed dynamic types, pointer keys, float keys with
// +0/-0 equality and NaN (every NaN insert adds a new entry, lookups of
// NaN fail, delete of NaN does nothing), named types and runes as keys.

package main

type Pt struct{ X, Y int }
type Key struct {
	Name string
	Pos  Pt
	Tag  [2]byte
}
type Color string

func main() {
	sk := map[Pt]string{{1, 2}: "a", {2, 1}: "b"}
	sk[Pt{1, 2}] = "A"
	println(len(sk), sk[Pt{1, 2}], sk[Pt{2, 1}], sk[Pt{}] == "")

	ck := map[Key]int{}
	ck[Key{"n", Pt{1, 1}, [2]byte{'a', 'b'}}] = 1
	ck[Key{"n", Pt{1, 1}, [2]byte{'a', 'c'}}] = 2
	ck[Key{"n", Pt{1, 1}, [2]byte{'a', 'b'}}] += 10
	println(len(ck), ck[Key{"n", Pt{1, 1}, [2]byte{'a', 'b'}}])

	ak := map[[3]int]bool{}
	ak[[3]int{1, 2, 3}] = true
	println(ak[[3]int{1, 2, 3}], ak[[3]int{3, 2, 1}])

	bk := map[bool]int{}
	for i := 0; i < 10; i++ {
		bk[i%3 == 0]++
	}
	println(bk[true], bk[false], len(bk))

	ik := map[any]int{}
	ik[1] = 1
	ik[1.0] = 2
	ik["1"] = 3
	ik[Pt{1, 1}] = 4
	ik[[1]int{1}] = 5
	ik[int8(1)] = 6
	ik[true] = 7
	println(len(ik), ik[1], ik[1.0], ik["1"], ik[Pt{1, 1}], ik[[1]int{1}], ik[int8(1)], ik[true])

	a, b := new(int), new(int)
	pk := map[*int]string{a: "a", b: "b"}
	println(len(pk), pk[a], pk[b])

	// floats
	fk := map[float64]int{}
	zero := 0.0
	negZero := -zero
	fk[zero] = 1
	fk[negZero] = 2 // same key as +0
	println(len(fk), fk[0])
	nan := zero / zero
	fk[nan] = 3
	fk[nan] = 4
	fk[nan] = 5
	println(len(fk))
	_, ok := fk[nan]
	println(ok, fk[nan])
	delete(fk, nan)
	println(len(fk))
	nanSum, nanCount := 0, 0
	for k, v := range fk {
		if k != k {
			nanSum += v
			nanCount++
		}
	}
	println(nanCount, nanSum)
	clear(fk) // clear removes NaN keys too
	println(len(fk))

	// NaN in interface keys too
	ik2 := map[any]int{}
	ik2[nan] = 1
	ik2[nan] = 2
	println(len(ik2))

	// float32 keys
	f32 := map[float32]string{1.5: "x", 2.25: "y"}
	println(f32[1.5], f32[2.25], len(f32))

	// named string and rune keys
	colors := map[Color]int{"red": 0xff0000, "green": 0x00ff00}
	println(colors["red"], colors[Color("gr"+"een")])
	runes := map[rune]int{}
	for _, r := range "hello, wörld" {
		runes[r]++
	}
	println(len(runes), runes['l'], runes['ö'], runes['o'])

	// string keys built dynamically share identity by content
	sm := map[string]int{}
	for i := 0; i < 3; i++ {
		k := string([]byte{'k', byte('0' + i%2)})
		sm[k]++
	}
	println(len(sm), sm["k0"], sm["k1"])

	// int64 and uint8 keys at boundaries
	ek := map[int64]int{-9223372036854775808: 1, 9223372036854775807: 2}
	println(ek[-9223372036854775808], ek[9223372036854775807])
	u8 := map[uint8]int{}
	for i := 0; i < 1000; i++ {
		u8[uint8(i)]++
	}
	println(len(u8), u8[0], u8[255])
}
