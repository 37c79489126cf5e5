// run

// Boolean operators with short-circuit evaluation, observed through
// side effects; boolean variables, negation and comparisons of bools.

package main

var log string

func t(name string) bool {
	log += name
	return true
}

func f(name string) bool {
	log += name
	return false
}

func check(label string, v bool) {
	println(label, v, log)
	log = ""
}

func xor(a, b bool) bool { return a != b }

func implies(a, b bool) bool { return !a || b }

func main() {
	check("t&&t", t("a") && t("b"))
	check("f&&t", f("a") && t("b"))
	check("t||f", t("a") || f("b"))
	check("f||t", f("a") || t("b"))
	check("f||f||t", f("a") || f("b") || t("c"))
	check("t&&f||t", t("a") && f("b") || t("c"))
	check("f&&(t||t)", f("a") && (t("b") || t("c")))
	check("!f&&!f", !f("a") && !f("b"))
	check("t||(f&&t)", t("a") || f("b") && t("c"))

	bools := "FT"
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			a, b := i == 1, j == 1
			println(bools[i:i+1], bools[j:j+1], a && b, a || b, xor(a, b), implies(a, b))
		}
	}

	// De Morgan over all combinations
	ok := true
	for m := 0; m < 8; m++ {
		a, b, c := m&1 != 0, m&2 != 0, m&4 != 0
		if !(a && b || c) != (!a || !b) && !c {
			ok = false
		}
	}
	println("de morgan", ok)

	// bools as values
	var flag bool
	println(flag, !flag, !!flag)
	flag = !flag
	println(flag)
	cmp := 3 > 2 == true
	println(cmp)
	// short circuit protects a division
	x := 0
	if x != 0 && 10/x > 1 {
		println("unreachable")
	} else {
		println("division skipped")
	}
	// assignment from a comparison chain
	in := x >= 0 && x < 10
	println(in)
}
