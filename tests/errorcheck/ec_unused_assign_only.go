// errorcheck

// A variable that is only assigned to is still unused; reading it
// anywhere (in x++, x op= y or its own update) uses it.

package main

func two() (int, int) { return 1, 2 }

func main() {
	a := 1
	a++
	b := 2
	b += 3
	var c, d int // ERROR "declared and not used: c"
	c, d = two()
	e := 0
	e = e + 1
	for i := range 3 { // ERROR "declared and not used: i"
		i = 5
	}
	var r rune // ERROR "declared and not used: r"
	for _, r = range "ab" {
	}
	f := 1.5 // ERROR "declared and not used: f"
	f, g := 2.5, 3
	println(d, g)
}
